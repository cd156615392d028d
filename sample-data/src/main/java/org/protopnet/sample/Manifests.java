package org.protopnet.sample;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes a modality's {@code labels.csv} ({@code path,label,split}) and {@code lesions.csv} ({@code
 * path,frame,label,x0,y0,x1,y1}, stored-pixel coordinates, x1/y1 exclusive, one row per frame, none
 * for normal cases), with paths relative to the CSVs and {@code \n} line ends.
 */
final class Manifests {
    private Manifests() {}

    static void write(Path folder, List<SampleCase> cases) throws IOException {
        StringBuilder labels = new StringBuilder("path,label,split\n");
        StringBuilder lesions = new StringBuilder("path,frame,label,x0,y0,x1,y1\n");
        for (SampleCase c : cases) {
            labels.append(c.path()).append(',').append(c.label()).append(',');
            labels.append(c.split()).append('\n');
            for (LesionBox b : c.lesions()) {
                lesions.append(c.path()).append(',').append(b.frame()).append(',');
                lesions.append(c.label()).append(',').append(b.x0()).append(',');
                lesions.append(b.y0()).append(',').append(b.x1()).append(',');
                lesions.append(b.y1()).append('\n');
            }
        }
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("labels.csv"), labels, StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("lesions.csv"), lesions, StandardCharsets.UTF_8);
    }
}
