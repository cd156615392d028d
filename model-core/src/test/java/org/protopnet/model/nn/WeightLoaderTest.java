package org.protopnet.model.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDManager;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.protopnet.model.io.HostTensor;
import org.protopnet.model.io.StateDict;

class WeightLoaderTest {
    private static final NetworkSpec SPEC =
            NetworkSpec.evenlySplit(
                    Architecture.SMALL_CNN, 32, 2, 4, 8, AddOnType.REGULAR, SimilarityFunction.LOG);

    @Test
    void aMismatchedWeightsFileNamesEveryMissingUnexpectedAndMisshapedTensorAndChangesNothing() {
        try (ProtoPNet a = ProtoPNet.create(SPEC, NDManager.newBaseManager(), 1);
                ProtoPNet b = ProtoPNet.create(SPEC, NDManager.newBaseManager(), 2)) {
            Map<String, HostTensor> t = new LinkedHashMap<>(WeightLoader.export(a, "a").asMap());
            t.remove("add_on_layers.0.bias");
            t.put("extra.weight", new HostTensor(new long[] {1}, new float[] {1}));
            t.put("last_layer.weight", new HostTensor(new long[] {3, 4}, new float[12]));
            float[] before =
                    b.parameters().get("features.features.0.weight").array().toFloatArray();
            WeightMismatchException e =
                    assertThrows(
                            WeightMismatchException.class,
                            () -> WeightLoader.loadAll(b, new StateDict(t, "bad.npz")));
            assertTrue(e.getMessage().startsWith("bad.npz does not fit"), e.getMessage());
            assertTrue(
                    e.problems().contains("missing: add_on_layers.0.bias (8,)"),
                    e.problems().toString());
            assertTrue(
                    e.problems().contains("unexpected: extra.weight (1,)"),
                    e.problems().toString());
            assertTrue(
                    e.problems()
                            .contains(
                                    "wrong shape: last_layer.weight is (3, 4), the network needs (2, 4)"),
                    e.problems().toString());
            assertTrue(e.problems().size() == 3, e.problems().toString());
            assertArrayEquals(
                    before,
                    b.parameters().get("features.features.0.weight").array().toFloatArray());
        }
    }

    @Test
    void torchvisionBackboneKeysLoadUnderFeaturesAndTheClassifierHeadIsIgnored() {
        NetworkSpec spec =
                NetworkSpec.evenlySplit(
                        Architecture.VGG11, 32, 2, 4, 8, AddOnType.REGULAR, SimilarityFunction.LOG);
        try (ProtoPNet src = ProtoPNet.create(spec, NDManager.newBaseManager(), 1);
                ProtoPNet dst = ProtoPNet.create(spec, NDManager.newBaseManager(), 2)) {
            Map<String, HostTensor> torchvision = new LinkedHashMap<>();
            WeightLoader.export(src, "src")
                    .asMap()
                    .forEach(
                            (k, v) -> {
                                if (k.startsWith("features.")) {
                                    torchvision.put(k.substring("features.".length()), v);
                                }
                            });
            torchvision.put("classifier.0.weight", new HostTensor(new long[] {2, 2}, new float[4]));
            WeightLoader.loadTorchvisionBackbone(dst, new StateDict(torchvision, "vgg11.npz"));
            assertArrayEquals(
                    src.parameters().get("features.features.3.weight").array().toFloatArray(),
                    dst.parameters().get("features.features.3.weight").array().toFloatArray());
        }
    }
}
