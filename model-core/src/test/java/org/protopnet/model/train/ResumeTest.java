package org.protopnet.model.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import ai.djl.ndarray.NDManager;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.protopnet.model.checkpoint.BundleCheckpoints;
import org.protopnet.model.checkpoint.HistoryFiles;
import org.protopnet.model.data.Augmentation;
import org.protopnet.model.data.BatchStream;
import org.protopnet.model.data.DataSplits;
import org.protopnet.model.data.InputSpec;
import org.protopnet.model.data.PlantedPartSet;
import org.protopnet.model.data.Preprocessor;
import org.protopnet.model.io.StateDict;
import org.protopnet.model.nn.AddOnType;
import org.protopnet.model.nn.Architecture;
import org.protopnet.model.nn.NetworkSpec;
import org.protopnet.model.nn.ProtoPNet;
import org.protopnet.model.nn.SimilarityFunction;
import org.protopnet.model.nn.WeightLoader;

/** A cancelled run resumed from its checkpoint ends exactly where an uninterrupted run ends. */
class ResumeTest {
    private static final NetworkSpec SPEC =
            NetworkSpec.evenlySplit(
                    Architecture.SMALL_CNN, 32, 3, 6, 8, AddOnType.REGULAR, SimilarityFunction.LOG);
    private static final TrainingConfig CONFIG =
            TrainingConfig.builder()
                    .epochs(3)
                    .warmEpochs(1)
                    .pushStart(1)
                    .pushEvery(2)
                    .lastLayerEpochs(1)
                    .batchSize(16)
                    .augmentation(Augmentation.DEFAULT)
                    .seed(5)
                    .build();
    private static final InputSpec INPUT = InputSpec.imageNet(32);

    @TempDir Path dir;

    @Test
    void aCancelledRunResumedFromItsCheckpointEndsWithTheSameWeightsAsAnUninterruptedRun()
            throws Exception {
        PlantedPartSet data = new PlantedPartSet(60, 32, 2);
        TrainingResult straight = run(data, dir.resolve("a"), () -> false, false);

        AtomicBoolean cancel = new AtomicBoolean();
        TrainingListener cancelInStepThree =
                new TrainingListener() {
                    @Override
                    public void onBatch(BatchProgress p) {
                        if (p.stepIndex() == 2 && p.batch() == 1) {
                            cancel.set(true);
                        }
                    }
                };
        Path b = dir.resolve("b");
        assertThrows(
                TrainingCancelledException.class,
                () -> run(data, b, cancel::get, false, cancelInStepThree));
        assertEquals(
                2,
                BundleCheckpoints.load(b).state().completedSteps(),
                "two steps finished before the cancel");
        TrainingResult resumed = run(data, b, () -> false, true);

        assertEquals(straight.state().history().size(), resumed.state().history().size());
        StateDict x = straight.bestWeights();
        StateDict y = resumed.bestWeights();
        for (String name : x.names()) {
            assertArrayEquals(x.get(name).data(), y.get(name).data(), name);
        }
    }

    private TrainingResult run(
            PlantedPartSet data,
            Path ckpt,
            java.util.function.BooleanSupplier cancel,
            boolean resume,
            TrainingListener... listener)
            throws Exception {
        try (ProtoPNet net = ProtoPNet.create(SPEC, NDManager.newBaseManager(), CONFIG.seed());
                BatchStream stream = new BatchStream(data, new Preprocessor(INPUT), 1L << 28)) {
            BundleCheckpoints sink =
                    new BundleCheckpoints(
                            ckpt, INPUT, data.classNames(), CONFIG, new HistoryFiles());
            Trainer t =
                    new Trainer(
                            net,
                            data,
                            DataSplits.of(data, 0.1, CONFIG.seed()),
                            stream,
                            CONFIG,
                            sink,
                            listener.length > 0 ? listener[0] : TrainingListener.NONE,
                            cancel);
            if (resume) {
                BundleCheckpoints.Saved s = BundleCheckpoints.load(ckpt);
                WeightLoader.loadAll(net, s.bundle().weights());
                StateDict best =
                        java.nio.file.Files.exists(sink.best())
                                ? org.protopnet.model.bundle.BundleReader.read(sink.best())
                                        .weights()
                                : null;
                t.resumeFrom(s.state(), s.optimizer(), best);
            }
            return t.run();
        }
    }
}
