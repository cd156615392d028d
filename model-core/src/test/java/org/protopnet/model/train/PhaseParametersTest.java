package org.protopnet.model.train;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ai.djl.ndarray.NDManager;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.protopnet.model.data.Batch;
import org.protopnet.model.data.InputSpec;
import org.protopnet.model.data.PlantedPartSet;
import org.protopnet.model.data.Preprocessor;
import org.protopnet.model.nn.AddOnType;
import org.protopnet.model.nn.Architecture;
import org.protopnet.model.nn.NetworkSpec;
import org.protopnet.model.nn.Parameter;
import org.protopnet.model.nn.ProtoPNet;
import org.protopnet.model.nn.SimilarityFunction;

class PhaseParametersTest {

    @Test
    void eachPhaseChangesExactlyItsOwnParameters() {
        NetworkSpec spec =
                NetworkSpec.evenlySplit(
                        Architecture.SMALL_CNN,
                        32,
                        3,
                        6,
                        8,
                        AddOnType.BOTTLENECK,
                        SimilarityFunction.LOG);
        PlantedPartSet data = new PlantedPartSet(6, 32, 3);
        Preprocessor pre = new Preprocessor(InputSpec.imageNet(32));
        float[] images = new float[6 * pre.valuesPerImage()];
        long[] labels = new long[6];
        for (int i = 0; i < 6; i++) {
            pre.prepare(data.load(i), images, i * pre.valuesPerImage());
            labels[i] = data.label(i);
        }
        Batch batch = new Batch(images, labels, new int[6], 6, 32);
        TrainingConfig config = TrainingConfig.paperDefaults();
        for (Phase phase : new Phase[] {Phase.WARM_UP, Phase.JOINT, Phase.LAST_LAYER}) {
            try (ProtoPNet net = ProtoPNet.create(spec, NDManager.newBaseManager(), 4)) {
                Map<String, float[]> before = snapshot(net);
                net.parameters().setTrainable(phase.trained());
                BatchStep.standalone(net, config)
                        .run(batch, new TrainingStep(phase, 0, 0, 1e-2, 1e-2, 1e-2, 1e-2));
                for (Parameter p : net.parameters().all()) {
                    if (p.isBuffer()) {
                        continue;
                    }
                    boolean changed =
                            !java.util.Arrays.equals(
                                    before.get(p.name()), p.array().toFloatArray());
                    assertEquals(
                            phase.trained().contains(p.group()),
                            changed,
                            phase + " and " + p.name());
                }
            }
        }
    }

    private static Map<String, float[]> snapshot(ProtoPNet net) {
        Map<String, float[]> m = new HashMap<>();
        net.parameters().all().forEach(p -> m.put(p.name(), p.array().toFloatArray()));
        return m;
    }
}
