package org.protopnet.model.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDManager;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.protopnet.model.data.Augmentation;
import org.protopnet.model.data.BatchStream;
import org.protopnet.model.data.DataSplits;
import org.protopnet.model.data.IdxSet;
import org.protopnet.model.data.InputSpec;
import org.protopnet.model.data.Preprocessor;
import org.protopnet.model.nn.AddOnType;
import org.protopnet.model.nn.Architecture;
import org.protopnet.model.nn.NetworkSpec;
import org.protopnet.model.nn.ProtoPNet;
import org.protopnet.model.nn.SimilarityFunction;
import org.protopnet.model.nn.WeightLoader;

/** A short real training run on real images (Fashion-MNIST) learns far better than chance. */
class ShortTrainingRunTest {

    @Test
    void shortRealTrainingWithPushBeatsChanceByAWideMargin() throws Exception {
        IdxSet data = IdxSet.fashionMnist(FashionMnist.require(), 2000);
        InputSpec input =
                new InputSpec(
                        28,
                        new float[] {0.286f, 0.286f, 0.286f},
                        new float[] {0.353f, 0.353f, 0.353f});
        NetworkSpec spec =
                NetworkSpec.evenlySplit(
                        Architecture.SMALL_CNN,
                        28,
                        10,
                        30,
                        32,
                        AddOnType.REGULAR,
                        SimilarityFunction.LOG);
        TrainingConfig config =
                TrainingConfig.builder()
                        .epochs(4)
                        .warmEpochs(1)
                        .pushStart(100)
                        .lastLayerEpochs(5)
                        .lastLayerLr(1e-3)
                        .batchSize(64)
                        .featuresLr(2e-3)
                        .augmentation(Augmentation.NONE)
                        .build();
        try (ProtoPNet net = ProtoPNet.create(spec, NDManager.newBaseManager(), 1);
                BatchStream stream = new BatchStream(data, new Preprocessor(input), 1L << 30)) {
            DataSplits splits = DataSplits.of(data, 0.1, 1);
            long t0 = System.nanoTime();
            TrainingResult r =
                    new Trainer(
                                    net,
                                    data,
                                    splits,
                                    stream,
                                    config,
                                    CheckpointSink.NONE,
                                    new TrainingListener() {
                                        @Override
                                        public void onStepEnd(EpochMetrics m) {
                                            System.out.printf(
                                                    "%-16s train acc %.3f loss %.3f  val acc %.3f  %.1fs%n",
                                                    m.step().label(),
                                                    m.trainAccuracy(),
                                                    m.trainLoss().total(),
                                                    m.validationAccuracy(),
                                                    m.seconds());
                                        }
                                    },
                                    () -> false)
                            .run();
            System.out.printf("training took %.1f s%n", (System.nanoTime() - t0) / 1e9);
            WeightLoader.loadAll(net, r.bestWeights());
            Evaluation test =
                    Evaluation.of(
                            net,
                            new ProtoPNetLoss(net, config.loss()),
                            stream,
                            splits.test(),
                            100,
                            net.parameters().manager());
            System.out.println("test accuracy after push: " + test.accuracy());
            assertEquals(
                    Phase.LAST_LAYER, r.state().history().get(r.state().bestStep()).step().phase());
            assertTrue(
                    test.accuracy() > 0.6,
                    "test accuracy " + test.accuracy() + " should be far above chance (0.1)");
            List<EpochMetrics> h = r.state().history();
            assertTrue(h.size() == TrainingPlan.of(config).size());
        }
    }
}
