package org.protopnet.model.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDManager;
import org.junit.jupiter.api.Test;
import org.protopnet.model.data.Batch;
import org.protopnet.model.data.InputSpec;
import org.protopnet.model.data.PlantedPartSet;
import org.protopnet.model.data.Preprocessor;
import org.protopnet.model.nn.NetworkSpec;
import org.protopnet.model.nn.ProtoPNet;

class BatchStepTest {

    @Test
    void prototypeCostsCountOnlyFromTheConfiguredEpoch() {
        NetworkSpec spec = TinyNetworks.smallCnn(3, 6, 8);
        Batch batch = plantedBatch(6, 32);
        TrainingConfig config = TrainingConfig.builder().prototypeLossStart(3).build();
        LossCoefficients paper = config.loss();
        for (int epoch : new int[] {0, 2, 3, 7}) {
            try (ProtoPNet net = ProtoPNet.create(spec, NDManager.newBaseManager(), 4)) {
                net.parameters().setTrainable(Phase.JOINT.trained());
                LossValues v =
                        BatchStep.standalone(net, config)
                                .run(batch, new TrainingStep(Phase.JOINT, epoch, 0, 0, 0, 0, 0))
                                .loss();
                double ceAndL1 = v.crossEntropy() + paper.l1() * v.l1();
                double full =
                        ceAndL1
                                + paper.cluster() * v.cluster()
                                + paper.separation() * v.separation();
                assertTrue(v.cluster() > 0.01, "the cluster cost is there to be left out");
                assertEquals(epoch < 3 ? ceAndL1 : full, v.total(), 1e-4, "epoch " + epoch);
            }
        }
    }

    @Test
    void theLastLayerPhaseAlwaysWeighsEveryTerm() {
        TrainingConfig config = TrainingConfig.builder().prototypeLossStart(100).build();
        NetworkSpec spec = TinyNetworks.smallCnn(2, 4, 8);
        try (ProtoPNet net = ProtoPNet.create(spec, NDManager.newBaseManager(), 4)) {
            BatchStep step = BatchStep.standalone(net, config);
            assertEquals(
                    config.loss(),
                    step.weights(new TrainingStep(Phase.LAST_LAYER, 0, 0, 0, 0, 0, 1e-3)));
            assertEquals(
                    config.loss().withoutPrototypeCosts(),
                    step.weights(new TrainingStep(Phase.WARM_UP, 0, 0, 1e-3, 1e-3, 1e-3, 0)));
        }
    }

    private static Batch plantedBatch(int n, int size) {
        PlantedPartSet data = new PlantedPartSet(n, size, 3);
        Preprocessor pre = new Preprocessor(InputSpec.imageNet(size));
        float[] images = new float[n * pre.valuesPerImage()];
        long[] labels = new long[n];
        for (int i = 0; i < n; i++) {
            pre.prepare(data.load(i), images, i * pre.valuesPerImage());
            labels[i] = data.label(i);
        }
        return new Batch(images, labels, new int[n], n, size);
    }
}
