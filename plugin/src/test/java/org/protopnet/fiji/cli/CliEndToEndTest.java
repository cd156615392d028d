package org.protopnet.fiji.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.protopnet.model.io.HostTensor;
import org.protopnet.model.io.Npy;

/** The command line in-process, on real files, as a user runs it. */
class CliEndToEndTest {
    @TempDir Path dir;

    private static Path shared(String relative) {
        Path p =
                Path.of(System.getProperty("protopnet.shared", "../../shared"))
                        .resolve(relative)
                        .toAbsolutePath()
                        .normalize();
        if (!Files.isDirectory(p)) {
            System.err.println("SKIPPED: shared reference data not found at " + p);
        }
        assumeTrue(Files.isDirectory(p), "shared reference data not found at " + p);
        return p;
    }

    private static int run(String... args) {
        return ProtoPNetCli.commandLine().execute(args);
    }

    @Test
    void importedReferenceModelClassifiesPreprocessedTensorsWithTheAuthorsNumbers()
            throws Exception {
        Path fx = shared("fixtures/protopnet-ref-s");
        Path model = dir.resolve("ref.protopnet");
        assertEquals(
                0,
                run(
                        "import-reference",
                        "--state-dict",
                        fx.resolve("state_dict.npz").toString(),
                        "--settings",
                        fx.resolve("fixture.json").toString(),
                        "--out",
                        model.toString()));
        Path out = dir.resolve("out");
        assertEquals(
                0,
                run(
                        "classify",
                        "--model",
                        model.toString(),
                        "--format",
                        "json",
                        "--out",
                        out.toString(),
                        fx.resolve("input.npy").toString()));
        JsonArray results =
                JsonParser.parseString(Files.readString(out.resolve("results.json")))
                        .getAsJsonArray();
        HostTensor logits = Npy.read(Files.readAllBytes(fx.resolve("logits.npy")), "logits");
        HostTensor min = Npy.read(Files.readAllBytes(fx.resolve("min_distances.npy")), "min");
        assertEquals(8, results.size());
        for (int n = 0; n < 8; n++) {
            JsonObject r = results.get(n).getAsJsonObject();
            JsonArray l = r.getAsJsonArray("logits");
            for (int c = 0; c < 10; c++) {
                assertEquals(
                        logits.data()[n * 10 + c],
                        l.get(c).getAsFloat(),
                        1e-2,
                        "logit " + n + "," + c);
            }
            JsonArray d = r.getAsJsonArray("min_distances");
            for (int j = 0; j < 100; j++) {
                assertEquals(min.data()[n * 100 + j], d.get(j).getAsFloat(), 1e-4);
            }
            double sum = 0;
            for (var p : r.getAsJsonArray("probabilities")) {
                sum += p.getAsDouble();
            }
            assertEquals(1, sum, 1e-5);
        }
    }

    @Test
    void trainOnClassFoldersThenClassifyAFolderAndReportABadFileWithoutStopping() throws Exception {
        Path data = dir.resolve("data");
        var set = new org.protopnet.model.data.PlantedPartSet(36, 32, 4);
        for (int i = 0; i < set.size(); i++) {
            Path f =
                    data.resolve(set.classNames().get(set.label(i)).replace(' ', '_'))
                            .resolve(i + ".png");
            Files.createDirectories(f.getParent());
            var img = set.load(i);
            var b =
                    new java.awt.image.BufferedImage(
                            32, 32, java.awt.image.BufferedImage.TYPE_BYTE_GRAY);
            for (int y = 0; y < 32; y++) {
                for (int x = 0; x < 32; x++) {
                    b.getRaster().setSample(x, y, 0, Math.round(img.get(x, y, 0) * 255));
                }
            }
            javax.imageio.ImageIO.write(b, "png", f.toFile());
        }
        Path model = dir.resolve("m.protopnet");
        assertEquals(
                0,
                run(
                        "train",
                        "--data",
                        data.toString(),
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
                        "8",
                        "--no-augment"));
        assertTrue(Files.size(model) > 0);
        assertTrue(
                Files.exists(dir.resolve("m-history.csv"))
                        && Files.exists(dir.resolve("m-curve.png")));
        Files.writeString(data.resolve("normal/broken.png"), "not a png");
        Path out = dir.resolve("res");
        assertEquals(
                0,
                run(
                        "classify",
                        "--model",
                        model.toString(),
                        "--out",
                        out.toString(),
                        data.toString()));
        String csv = Files.readString(out.resolve("results.csv"));
        assertEquals(
                37,
                csv.lines().count(),
                "header + 36 classified images; the broken file is reported, not listed");
        assertTrue(
                csv.lines()
                        .findFirst()
                        .get()
                        .contains(
                                "predicted_class,probability,p_linear_defect,p_normal,p_round_lesion"),
                csv.lines().findFirst().get());
        assertTrue(Files.readString(out.resolve("failures.csv")).contains("broken.png"));
        assertTrue(Files.exists(out.resolve("report.html")));
    }

    @Test
    void aWrongModelFileGivesAOneLineErrorAndExitStatusOne() throws Exception {
        Path bogus = dir.resolve("bogus.protopnet");
        Files.writeString(bogus, "hello");
        var err = new java.io.StringWriter();
        var cli = ProtoPNetCli.commandLine();
        cli.setErr(new java.io.PrintWriter(err));
        assertEquals(
                1,
                cli.execute(
                        "classify",
                        "--model",
                        bogus.toString(),
                        "--out",
                        dir.toString(),
                        bogus.toString()));
        assertTrue(err.toString().contains("not a ProtoPNet model"), err.toString());
        assertEquals(1, err.toString().strip().lines().count(), err.toString());
    }
}
