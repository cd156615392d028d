package org.protopnet.fiji.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.protopnet.dicom.DicomFile;
import org.protopnet.dicom.Tag;
import org.protopnet.model.DeviceChoice;

/** The headless batch on real DICOM files with a model trained for real. */
class BatchServiceTest {
    @TempDir static Path shared;
    static Path model;

    @TempDir Path dir;

    @BeforeAll
    static void trainOnce() throws IOException {
        model = TinyModels.train(shared);
    }

    private BatchRequest request(Path in, Path out, boolean phi, boolean resume) {
        return new BatchRequest(
                model,
                List.of(in),
                out,
                EnumSet.allOf(OutputFormat.class),
                3,
                phi,
                resume,
                2,
                DeviceChoice.CPU,
                BatchListener.NONE,
                () -> false);
    }

    private Path studies(int radiographs) throws IOException {
        Path in = dir.resolve("in");
        TinyModels.writeRadiographs(in.resolve("xray"), radiographs);
        TinyModels.writeCine(in.resolve("us/cine.dcm"));
        Files.writeString(in.resolve("xray/broken.dcm"), "this is not DICOM");
        Files.write(in.resolve("xray/truncated.dcm"), head(in.resolve("xray/case-000.dcm"), 400));
        return in;
    }

    private static byte[] head(Path f, int n) throws IOException {
        byte[] all = Files.readAllBytes(f);
        return java.util.Arrays.copyOf(all, Math.min(n, all.length));
    }

    @Test
    void writesTablePicturesReportAndCapturesAndListsUnreadableFilesWithTheirReason()
            throws Exception {
        Path in = studies(5);
        Path out = dir.resolve("out");
        BatchOutcome o = new BatchService().run(request(in, out, false, true));
        assertEquals(6, o.classified(), o.failures().toString());
        assertEquals(2, o.failures().size());
        List<String> csv = Files.readAllLines(out.resolve("results.csv"));
        assertEquals(1 + 6 + 3, csv.size(), "header, 6 study rows, 3 frame rows of the cine");
        assertTrue(csv.get(0).startsWith("study,level,frame,modality,study_uid"), csv.get(0));
        assertTrue(
                csv.stream().anyMatch(l -> l.startsWith("us/cine.dcm,frame,2,US,")),
                csv.toString());
        String failures = Files.readString(out.resolve("failures.csv"));
        assertTrue(failures.contains("xray/broken.dcm"), failures);
        assertTrue(failures.contains("xray/truncated.dcm"), failures);
        assertEquals(3, failures.lines().count(), failures);
        for (String id : List.of("xray/case-000.dcm", "us/cine.dcm")) {
            var overlay = ImageIO.read(out.resolve("overlays/" + id + ".png").toFile());
            assertTrue(overlay.getWidth() >= 480, "enlarged for reading");
            assertTrue(Files.size(out.resolve("looks-like/" + id + ".png")) > 1000);
        }
        DicomFile sc = DicomFile.read(out.resolve("dicom/us/cine-protopnet.dcm"));
        DicomFile src = DicomFile.read(in.resolve("us/cine.dcm"));
        assertEquals(
                src.dataset().getString(Tag.STUDY_INSTANCE_UID),
                sc.dataset().getString(Tag.STUDY_INSTANCE_UID));
        String html = Files.readString(out.resolve("report.html"));
        assertTrue(html.contains("overlays/xray/case-003.dcm.png"), "report shows the pictures");
        assertTrue(html.contains("looks-like/us/cine.dcm.png"));
        assertTrue(html.contains("broken.dcm"), "report lists failures");
        var rec =
                JsonParser.parseString(Files.readString(out.resolve("studies/us/cine.dcm.json")))
                        .getAsJsonObject();
        assertEquals(3, rec.getAsJsonArray("frames").size());
        double sum = 0;
        for (var p : rec.getAsJsonArray("probabilities")) {
            sum += p.getAsDouble();
        }
        assertEquals(1, sum, 1e-6, "study probabilities are the mean of the frames'");
    }

    @Test
    void patientIdentifiersAppearInNoOutputUnlessAskedFor() throws Exception {
        Path in = studies(2);
        Path out = dir.resolve("out");
        new BatchService().run(request(in, out, false, true));
        for (Path f : files(out)) {
            String text = new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1);
            for (String phi : List.of(TinyModels.NAME, TinyModels.ID, TinyModels.BIRTH)) {
                assertFalse(text.contains(phi), f + " carries " + phi);
            }
        }
        Path withPhi = dir.resolve("phi");
        new BatchService().run(request(in, withPhi, true, true));
        String csv = Files.readString(withPhi.resolve("results.csv"));
        assertTrue(csv.contains(TinyModels.ID) && csv.contains(TinyModels.NAME), csv);
    }

    @Test
    void aRunKilledWithSigkillResumesWithoutRedoingOrLosingStudies() throws Exception {
        int count = 60;
        Path in = dir.resolve("in");
        TinyModels.writeRadiographs(in, count);
        Path out = dir.resolve("out");
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(
                List.of(
                        "-Dai.djl.offline=true",
                        "-Djava.awt.headless=true",
                        "-cp",
                        System.getProperty("java.class.path"),
                        "org.protopnet.fiji.cli.ProtoPNetCli",
                        "batch",
                        "--model",
                        model.toString(),
                        "--in",
                        in.toString(),
                        "--out",
                        out.toString(),
                        "--workers",
                        "1",
                        "--device",
                        "cpu"));
        Process child =
                new ProcessBuilder(cmd)
                        .redirectErrorStream(true)
                        .redirectOutput(dir.resolve("child.log").toFile())
                        .start();
        Path records = out.resolve("studies");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (count(records) < 5 && child.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        child.destroyForcibly(); // SIGKILL on Linux: no shutdown hooks, no cleanup
        child.waitFor();
        long before = count(records);
        assertTrue(
                before >= 5 && before < count,
                "killed mid-run after "
                        + before
                        + " studies; log: "
                        + Files.readString(dir.resolve("child.log")));
        for (Path r : files(records)) {
            JsonParser.parseString(Files.readString(r)); // every record is whole
        }
        BatchOutcome o = new BatchService().run(request(in, out, false, true));
        assertEquals(before, o.skipped());
        assertEquals(count - before, o.classified());
        assertEquals(count + 1, Files.readAllLines(out.resolve("results.csv")).size());
        assertTrue(
                files(out).stream().noneMatch(f -> f.toString().endsWith(".partial")),
                "no temporary files left");
    }

    /**
     * Finished records in a flat folder, by name only: the running child renames its temporary
     * files meanwhile, and Files.walk fails reading the attributes of one that just vanished.
     */
    private static long count(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        try (DirectoryStream<Path> s = Files.newDirectoryStream(dir, "*.json")) {
            long n = 0;
            for (Path ignored : s) {
                n++;
            }
            return n;
        }
    }

    private static List<Path> files(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).toList();
        }
    }
}
