package org.protopnet.model.bundle;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.protopnet.model.data.InputSpec;
import org.protopnet.model.nn.AddOnType;
import org.protopnet.model.nn.Architecture;
import org.protopnet.model.nn.NetworkSpec;
import org.protopnet.model.nn.ProtoPNet;
import org.protopnet.model.nn.SimilarityFunction;
import org.protopnet.model.nn.WeightLoader;
import org.protopnet.model.train.TrainingConfig;

class ModelBundleTest {
    private static final NetworkSpec SPEC =
            NetworkSpec.evenlySplit(
                    Architecture.SMALL_CNN,
                    32,
                    2,
                    4,
                    8,
                    AddOnType.BOTTLENECK,
                    SimilarityFunction.LOG);

    @TempDir Path dir;
    private Path file;
    private float[] input;

    @BeforeEach
    void writeABundle() throws Exception {
        file = dir.resolve("m.protopnet");
        input = new float[2 * 3 * 32 * 32];
        for (int i = 0; i < input.length; i++) {
            input[i] = (float) Math.sin(i * 0.37);
        }
        try (ProtoPNet net = ProtoPNet.create(SPEC, NDManager.newBaseManager(), 11)) {
            ModelBundle b =
                    new ModelBundle(
                            SPEC,
                            InputSpec.imageNet(32),
                            List.of("normal", "nodule"),
                            WeightLoader.export(net, "net"),
                            TrainingConfig.paperDefaults(),
                            Map.of("history.csv", "x\n".getBytes()));
            BundleWriter.write(b, file);
        }
    }

    private float[] logits(ProtoPNet net) {
        try (NDManager m = NDManager.newBaseManager()) {
            return net.forward(m.create(input, new Shape(2, 3, 32, 32)), false)
                    .logits()
                    .toFloatArray();
        }
    }

    @Test
    void saveThenLoadGivesIdenticalOutputsAndMetadata() {
        float[] expected;
        try (ProtoPNet net = ProtoPNet.create(SPEC, NDManager.newBaseManager(), 11)) {
            expected = logits(net);
        }
        try (BundleReader.LoadedModel m = BundleReader.load(file, NDManager.newBaseManager())) {
            assertArrayEquals(expected, logits(m.network()));
            assertEquals(SPEC, m.bundle().network());
            assertEquals(List.of("normal", "nodule"), m.bundle().classNames());
            assertEquals(TrainingConfig.paperDefaults(), m.bundle().training());
            assertEquals(InputSpec.imageNet(32), m.bundle().input());
        }
    }

    @Test
    void aTruncatedBundleIsRefused() throws Exception {
        byte[] all = Files.readAllBytes(file);
        Files.write(file, java.util.Arrays.copyOf(all, all.length / 2));
        BundleException e = assertThrows(BundleException.class, () -> BundleReader.read(file));
        assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
    }

    @Test
    void aBundleWithAModifiedWeightIsRefused() throws Exception {
        rewrite(
                (name, bytes) -> {
                    if (name.equals("weights.npz")) {
                        bytes[bytes.length / 2] ^= 1;
                    }
                    return bytes;
                });
        BundleException e = assertThrows(BundleException.class, () -> BundleReader.read(file));
        assertTrue(e.getMessage().contains("'weights.npz' was modified"), e.getMessage());
    }

    @Test
    void anotherFormatVersionIsRefusedSayingWhichVersions() throws Exception {
        rewrite(
                (name, bytes) ->
                        name.equals("model.json")
                                ? new String(bytes, StandardCharsets.UTF_8)
                                        .replace("\"formatVersion\": 1", "\"formatVersion\": 7")
                                        .getBytes(StandardCharsets.UTF_8)
                                : bytes);
        BundleException e = assertThrows(BundleException.class, () -> BundleReader.read(file));
        assertTrue(
                e.getMessage().contains("version 7") && e.getMessage().contains("reads version 1"),
                e.getMessage());
    }

    @Test
    void weightsThatDoNotFitTheDescribedNetworkAreRefused() throws Exception {
        rewrite(
                (name, bytes) ->
                        name.equals("model.json")
                                ? new String(bytes, StandardCharsets.UTF_8)
                                        .replace(
                                                "\"backbone\": \"small_cnn\"",
                                                "\"backbone\": \"resnet18\"")
                                        .getBytes(StandardCharsets.UTF_8)
                                : bytes);
        BundleException e =
                assertThrows(
                        BundleException.class,
                        () -> BundleReader.load(file, NDManager.newBaseManager()));
        assertTrue(e.getMessage().contains("missing: features.conv1.weight"), e.getMessage());
    }

    @Test
    void entriesThatWouldLandOutsideTheirFolderAreRefused() throws Exception {
        byte[] zip = Files.readAllBytes(file);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(zip));
                ZipOutputStream z = new ZipOutputStream(out)) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                z.putNextEntry(new ZipEntry(e.getName()));
                z.write(in.readAllBytes());
            }
            z.putNextEntry(new ZipEntry("../../evil.sh"));
            z.write(1);
        }
        Files.write(file, out.toByteArray());
        BundleException e = assertThrows(BundleException.class, () -> BundleReader.read(file));
        assertTrue(e.getMessage().contains("unsafe entry name '../../evil.sh'"), e.getMessage());
        assertThrows(BundleException.class, () -> EntryNames.resolveInside(dir, "a/../../b"));
        assertEquals(
                dir.resolve("prototypes/p1.png").toAbsolutePath(),
                EntryNames.resolveInside(dir, "prototypes/p1.png"));
    }

    @Test
    void aFileThatIsNoBundleSaysSo() throws Exception {
        Files.writeString(file, "not a zip at all");
        BundleException e = assertThrows(BundleException.class, () -> BundleReader.read(file));
        assertTrue(e.getMessage().contains("not a ProtoPNet model"), e.getMessage());
    }

    private void rewrite(BiFunction<String, byte[], byte[]> change) throws Exception {
        byte[] zip = Files.readAllBytes(file);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(zip));
                ZipOutputStream z = new ZipOutputStream(out)) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                z.putNextEntry(new ZipEntry(e.getName()));
                z.write(change.apply(e.getName(), in.readAllBytes()));
            }
        }
        Files.write(file, out.toByteArray());
    }
}
