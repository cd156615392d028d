package org.protopnet.fiji.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.protopnet.dicom.DicomFile;
import org.protopnet.dicom.Tag;

/** The command line on the committed sample data: train tiny, classify, look at what came out. */
class SampleDataEndToEndTest {
    @TempDir Path dir;

    static Path sampleSet() {
        Path set =
                Path.of(System.getProperty("protopnet.sampleSet", "../sample-data/set"))
                        .toAbsolutePath()
                        .normalize();
        if (!Files.isDirectory(set.resolve("xray"))) {
            System.err.println("SKIPPED: no sample data at " + set);
        }
        assumeTrue(Files.isDirectory(set.resolve("xray")), "no sample data at " + set);
        return set;
    }

    /** Greps every output file for each input's patient name, ID and birth date. */
    private static void assertNoPatientIdentifiers(List<String> inputs, Path out) throws Exception {
        List<String> phi = new ArrayList<>();
        for (String f : inputs) {
            var ds = DicomFile.read(Path.of(f)).dataset();
            for (int tag : new int[] {Tag.PATIENT_NAME, Tag.PATIENT_ID, Tag.PATIENT_BIRTH_DATE}) {
                String v = ds.getText(tag);
                if (v != null && v.strip().length() >= 4) {
                    phi.add(v.strip());
                }
            }
        }
        assertTrue(!phi.isEmpty(), "the sample studies carry (fictitious) patient identifiers");
        try (var files = Files.walk(out)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                String text =
                        new String(
                                Files.readAllBytes(f),
                                java.nio.charset.StandardCharsets.ISO_8859_1);
                for (String p : phi) {
                    assertTrue(!text.contains(p), f + " carries the patient identifier " + p);
                }
            }
        }
    }

    private static int run(String... args) {
        return ProtoPNetCli.commandLine().execute(args);
    }

    @Test
    void trainTinyThenClassifyTheTestStudiesAndTheOutputsMakeSense() throws Exception {
        Path xray = sampleSet().resolve("xray");
        Path model = dir.resolve("m.protopnet");
        assertEquals(
                0,
                run(
                        "train",
                        "--data",
                        xray.resolve("labels.csv").toString(),
                        "--out",
                        model.toString(),
                        "--backbone",
                        "small_cnn",
                        "--image-size",
                        "32",
                        "--prototypes-per-class",
                        "2",
                        "--prototype-depth",
                        "8",
                        "--epochs",
                        "2",
                        "--warm-epochs",
                        "1",
                        "--last-layer-epochs",
                        "1",
                        "--batch-size",
                        "16",
                        "--no-augment"));
        var catalog =
                org.protopnet.model.push.PrototypeCatalog.from(
                                org.protopnet.model.bundle.BundleReader.read(model))
                        .orElseThrow();
        for (var r : catalog.records()) {
            assertEquals(
                    DicomFile.read(Path.of(r.sourcePath()))
                            .dataset()
                            .getString(Tag.SOP_INSTANCE_UID),
                    r.sopInstanceUid(),
                    "prototype " + r.prototype() + " names its source instance");
        }
        List<String> test = new ArrayList<>();
        for (String line : Files.readAllLines(xray.resolve("labels.csv"))) {
            String[] c = line.split(",");
            if (c.length == 3 && c[2].strip().equals("test")) {
                test.add(xray.resolve(c[0].strip()).toString());
            }
        }
        assumeTrue(!test.isEmpty(), "the sample set names test studies");
        List<String> args =
                new ArrayList<>(
                        List.of(
                                "classify",
                                "--model",
                                model.toString(),
                                "--out",
                                dir.resolve("out").toString()));
        args.addAll(test);
        assertEquals(0, run(args.toArray(String[]::new)));
        Path out = dir.resolve("out");
        assertNoPatientIdentifiers(test, out);
        List<String> csv = Files.readAllLines(out.resolve("results.csv"));
        long studyRows = csv.stream().filter(l -> l.contains(",study,")).count();
        assertEquals(test.size(), studyRows, "a study row per test study");
        String first = Path.of(test.get(0)).getFileName().toString();
        BufferedImage overlay = ImageIO.read(out.resolve("overlays/" + first + ".png").toFile());
        assertTrue(overlay.getWidth() >= 480 && overlay.getHeight() > 480);
        assertTrue(Files.readString(out.resolve("report.html")).contains("looks-like/" + first));
        String stem = first.substring(0, first.lastIndexOf('.'));
        DicomFile sc = DicomFile.read(out.resolve("dicom/" + stem + "-protopnet.dcm"));
        assertEquals(
                DicomFile.read(Path.of(test.get(0))).dataset().getString(Tag.STUDY_INSTANCE_UID),
                sc.dataset().getString(Tag.STUDY_INSTANCE_UID));
        assertEquals(
                0,
                run(
                        "prototypes",
                        "--model",
                        model.toString(),
                        "--out",
                        dir.resolve("gallery").toString(),
                        "--data",
                        xray.resolve("labels.csv").toString(),
                        "--nearest",
                        "3"));
        assertTrue(Files.readString(dir.resolve("gallery/index.html")).contains("prototypes-"));
        // Each prototype is a patch of its source case, so that case is its nearest training
        // image, at distance 0.
        List<String> nearest = Files.readAllLines(dir.resolve("gallery/nearest.csv"));
        for (var r : catalog.records()) {
            String closest =
                    nearest.stream()
                            .filter(
                                    l ->
                                            l.startsWith(r.prototype() + ",")
                                                    && l.contains(",train,1,"))
                            .findFirst()
                            .orElseThrow();
            String[] c = closest.split(",");
            assertEquals(
                    Path.of(r.sourcePath()).getFileName().toString(),
                    Path.of(c[4]).getFileName().toString(),
                    "prototype " + r.prototype() + "'s nearest training image");
            assertTrue(Double.parseDouble(c[6]) < 1e-3, closest);
        }
        assertEquals(
                1 + catalog.records().size() * 3 * 2,
                nearest.size(),
                "3 training and 3 test neighbours per prototype");
        Path pruned = dir.resolve("pruned.protopnet");
        assertEquals(
                0,
                run(
                        "prune",
                        "--model",
                        model.toString(),
                        "--data",
                        xray.resolve("labels.csv").toString(),
                        "--out",
                        pruned.toString(),
                        "--merge-duplicates"));
        int folded = 0;
        for (int[] g :
                org.protopnet.model.prune.DuplicateMerger.duplicates(
                        org.protopnet.model.bundle.BundleReader.read(model))) {
            folded += g.length - 1;
        }
        String report = Files.readString(dir.resolve("pruned-prune.txt"));
        assertTrue(
                report.contains("accuracy")
                        && report.contains("of " + (6 - folded) + " prototypes"),
                report);
        assertEquals(folded > 0, report.startsWith("merged "), report);
    }
}
