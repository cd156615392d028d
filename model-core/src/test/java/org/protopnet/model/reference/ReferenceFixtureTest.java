package org.protopnet.model.reference;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.protopnet.model.nn.TorchTestSupport.assertClose;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.protopnet.model.SharedData;
import org.protopnet.model.io.HostTensor;
import org.protopnet.model.io.Npy;
import org.protopnet.model.nn.ForwardResult;
import org.protopnet.model.nn.ProtoPNet;

/**
 * A model trained with the authors' PyTorch code, imported through its settings file, gives the
 * authors' own outputs (fixture {@code protopnet-ref-s}).
 */
class ReferenceFixtureTest {

    @Test
    void importedReferenceModelReproducesTheAuthorsOutputs() throws Exception {
        Path dir = SharedData.require("fixtures/protopnet-ref-s");
        try (NDManager batch = NDManager.newBaseManager();
                ProtoPNet net =
                        ReferenceImport.load(
                                        dir.resolve("state_dict.npz"),
                                        dir.resolve("fixture.json"),
                                        NDManager.newBaseManager())
                                .network()) {
            HostTensor in = npy(dir, "input.npy");
            NDArray input = org.protopnet.model.nn.InputBatch.of(batch, in.data(), 8, 64);
            ForwardResult out = net.forward(input, false);
            assertClose(
                    "backbone_features",
                    npy(dir, "backbone_features.npy"),
                    net.backboneFeatures(input, false),
                    1e-4);
            assertClose("conv_features", npy(dir, "conv_features.npy"), out.features(), 1e-5);
            assertClose("distances", npy(dir, "distances.npy"), out.distances(), 1e-4);
            assertClose("min_distances", npy(dir, "min_distances.npy"), out.minDistances(), 1e-4);
            assertClose("logits", npy(dir, "logits.npy"), out.logits(), 1e-2);
            long[] predicted = out.logits().argMax(1).toLongArray();
            float[] labels = npy(dir, "labels.npy").data();
            long[] expected = new long[labels.length];
            for (int i = 0; i < labels.length; i++) {
                expected[i] = (long) labels[i];
            }
            assertArrayEquals(expected, predicted, "predicted classes");
        }
    }

    private static HostTensor npy(Path dir, String name) throws Exception {
        return Npy.read(java.nio.file.Files.readAllBytes(dir.resolve(name)), name);
    }
}
