package org.protopnet.fiji.service;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.protopnet.dicom.TransferSyntax;
import org.protopnet.dicom.write.DicomWriter;
import org.protopnet.dicom.write.ImageBuilder;
import org.protopnet.model.data.PlantedPartSet;
import org.protopnet.model.data.RawImage;
import org.protopnet.model.io.AtomicFiles;

/**
 * A small stand-in for the sample data when the repository's {@code sample-data/set} is absent:
 * planted-part images written as DICOM (CR radiographs with a faint round nodule or a thin dark
 * fracture-like line; RGB ultrasound-like frames, inverted, with a dark cyst-like disc or a bright
 * line), with {@code labels.csv} and {@code lesions.csv} in the sample-data layout. Fictitious
 * patient. Deterministic.
 */
public final class FallbackSampleSet {
    /** Cases per modality. */
    static final int CASES = 360;

    static final int SIZE = 96;

    private FallbackSampleSet() {}

    /** Writes {@code dir/xray} and {@code dir/ultrasound}; returns {@code dir}. */
    public static Path write(Path dir) throws IOException {
        return write(dir, CASES);
    }

    /** As {@link #write(Path)} with {@code cases} cases per modality. */
    public static Path write(Path dir, int cases) throws IOException {
        if (cases < 30) {
            throw new IllegalArgumentException("--cases must be at least 30, got " + cases);
        }
        modality(
                dir.resolve("xray"),
                cases,
                5,
                false,
                Map.of("normal", "normal", "round lesion", "nodule", "linear defect", "fracture"));
        modality(
                dir.resolve("ultrasound"),
                cases,
                9,
                true,
                Map.of("normal", "normal", "round lesion", "cyst", "linear defect", "line"));
        return dir;
    }

    private static void modality(
            Path dir, int cases, long seed, boolean ultrasound, Map<String, String> names)
            throws IOException {
        PlantedPartSet set = new PlantedPartSet(cases, SIZE, seed);
        StringBuilder labels = new StringBuilder("path,label,split\n");
        StringBuilder lesions = new StringBuilder("path,frame,label,x0,y0,x1,y1\n");
        Files.createDirectories(dir.resolve("cases"));
        for (int i = 0; i < cases; i++) {
            RawImage img = set.load(i);
            String path = String.format("cases/case-%04d.dcm", i);
            ImageBuilder b =
                    ImageBuilder.create(
                                    ultrasound ? ImageBuilder.US : ImageBuilder.CR,
                                    ultrasound ? "US" : "CR")
                            .patient("Sample^Fictitious", "SAMPLE-" + i);
            if (ultrasound) {
                byte[] rgb = new byte[SIZE * SIZE * 3];
                for (int k = 0; k < SIZE * SIZE; k++) {
                    byte v = (byte) Math.round((1 - img.pixels()[k]) * 255);
                    rgb[3 * k] = v;
                    rgb[3 * k + 1] = v;
                    rgb[3 * k + 2] = v;
                }
                b.rgb(SIZE, SIZE, 1, rgb);
            } else {
                short[] px = new short[SIZE * SIZE];
                for (int k = 0; k < px.length; k++) {
                    px[k] = (short) Math.round(img.pixels()[k] * 4095);
                }
                b.monochrome(SIZE, SIZE, 1, 12, false, px);
            }
            DicomWriter.write(dir.resolve(path), b.build(), TransferSyntax.EXPLICIT_VR_LE);
            String label = names.get(set.classNames().get(set.label(i)));
            String split =
                    switch (set.split(i)) {
                        case TRAIN -> "train";
                        case VAL -> "val";
                        default -> "test";
                    };
            labels.append(path).append(',').append(label).append(',').append(split).append('\n');
            PlantedPartSet.Box box = set.box(i);
            if (box != null) {
                lesions.append(
                        String.format(
                                "%s,0,%s,%d,%d,%d,%d%n",
                                path, label, box.x0(), box.y0(), box.x1(), box.y1()));
            }
        }
        AtomicFiles.write(
                dir.resolve("labels.csv"), labels.toString().getBytes(StandardCharsets.UTF_8));
        AtomicFiles.write(
                dir.resolve("lesions.csv"), lesions.toString().getBytes(StandardCharsets.UTF_8));
    }
}
