package org.protopnet.fiji.service;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.protopnet.model.data.DataException;
import org.protopnet.model.explain.Box;

/**
 * One modality of the sample data: {@code labels.csv} ({@code path,label,split}) and {@code
 * lesions.csv} ({@code path,frame,label,x0,y0,x1,y1} in the stored image's pixels, x1/y1 exclusive;
 * normal cases have no row), paths relative to the folder.
 */
public record SampleSet(Path folder, List<Case> cases, Map<String, List<Lesion>> lesions) {
    /** A labelled case. */
    public record Case(String path, String label, String split) {}

    /** A true lesion box on one frame. */
    public record Lesion(int frame, String label, Box box) {}

    /** Reads {@code folder/labels.csv} and {@code folder/lesions.csv} (the latter optional). */
    public static SampleSet read(Path folder) throws IOException {
        Path labels = folder.resolve("labels.csv");
        if (!Files.isRegularFile(labels)) {
            throw new DataException(labels + ": no such file (expected path,label,split)");
        }
        List<Case> cases = new ArrayList<>();
        List<String> lines = Files.readAllLines(labels);
        for (int n = 0; n < lines.size(); n++) {
            String[] c = lines.get(n).strip().split(",", -1);
            if (c.length < 2 || (n == 0 && c[0].equalsIgnoreCase("path")) || c[0].isBlank()) {
                continue;
            }
            cases.add(new Case(c[0].strip(), c[1].strip(), c.length > 2 ? c[2].strip() : ""));
        }
        Map<String, List<Lesion>> lesions = new LinkedHashMap<>();
        Path lesionCsv = folder.resolve("lesions.csv");
        if (Files.isRegularFile(lesionCsv)) {
            List<String> ls = Files.readAllLines(lesionCsv);
            for (int n = 0; n < ls.size(); n++) {
                String[] c = ls.get(n).strip().split(",", -1);
                if (c.length < 7 || (n == 0 && c[0].equalsIgnoreCase("path"))) {
                    continue;
                }
                try {
                    Box b =
                            new Box(
                                    Integer.parseInt(c[3].strip()),
                                    Integer.parseInt(c[4].strip()),
                                    Integer.parseInt(c[5].strip()),
                                    Integer.parseInt(c[6].strip()));
                    lesions.computeIfAbsent(c[0].strip(), k -> new ArrayList<>())
                            .add(new Lesion(Integer.parseInt(c[1].strip()), c[2].strip(), b));
                } catch (IllegalArgumentException e) {
                    throw new DataException(
                            lesionCsv + ":" + (n + 1) + ": bad lesion row '" + ls.get(n) + "'", e);
                }
            }
        }
        return new SampleSet(folder, cases, lesions);
    }

    /** The cases of one split ({@code train}, {@code val}, {@code test}). */
    public List<Case> split(String split) {
        return cases.stream().filter(c -> c.split().equalsIgnoreCase(split)).toList();
    }
}
