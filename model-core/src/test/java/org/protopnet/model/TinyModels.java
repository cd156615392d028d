package org.protopnet.model;

import ai.djl.ndarray.NDManager;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import org.protopnet.model.bundle.BundleWriter;
import org.protopnet.model.bundle.ModelBundle;
import org.protopnet.model.data.Augmentation;
import org.protopnet.model.data.BatchStream;
import org.protopnet.model.data.DataSplits;
import org.protopnet.model.data.InputSpec;
import org.protopnet.model.data.LabeledSet;
import org.protopnet.model.data.Preprocessor;
import org.protopnet.model.nn.AddOnType;
import org.protopnet.model.nn.Architecture;
import org.protopnet.model.nn.NetworkSpec;
import org.protopnet.model.nn.ProtoPNet;
import org.protopnet.model.nn.SimilarityFunction;
import org.protopnet.model.nn.WeightLoader;
import org.protopnet.model.push.PrototypeCatalog;
import org.protopnet.model.push.PrototypePictures;
import org.protopnet.model.push.PrototypeProjection;
import org.protopnet.model.push.PushResult;
import org.protopnet.model.train.CheckpointSink;
import org.protopnet.model.train.EpochMetrics;
import org.protopnet.model.train.Trainer;
import org.protopnet.model.train.TrainingConfig;
import org.protopnet.model.train.TrainingListener;
import org.protopnet.model.train.TrainingResult;

/** Trains small real models for tests, each on a thread of its own as Fiji and the CLI do. */
public final class TinyModels {
    private TinyModels() {}

    /** A trained model and its bundle file. */
    public record Trained(Path file, ModelBundle bundle, TrainingResult result) {}

    /** Grey images scaled to [0, 1], normalised around mid-grey. */
    public static InputSpec greyInput(int size) {
        return new InputSpec(size, new float[] {0.4f, 0.4f, 0.4f}, new float[] {0.2f, 0.2f, 0.2f});
    }

    /**
     * Trains a small CNN with {@code protosPerClass} prototypes per class on {@code data} at {@code
     * size} px, with push and last-layer phases, on a new thread; writes the bundle to {@code out}.
     */
    public static Trained train(
            LabeledSet data, int size, int protosPerClass, TrainingConfig config, Path out)
            throws Exception {
        AtomicReference<Object> outcome = new AtomicReference<>();
        Thread t =
                new Thread(
                        () -> {
                            try {
                                outcome.set(trainHere(data, size, protosPerClass, config, out));
                            } catch (Throwable e) {
                                outcome.set(e);
                            }
                        },
                        "tiny-training");
        t.start();
        t.join();
        if (outcome.get() instanceof Throwable e) {
            throw new AssertionError("training failed: " + e, e);
        }
        return (Trained) outcome.get();
    }

    /**
     * An untrained small CNN whose prototypes were pushed onto {@code data}'s training images, as a
     * bundle with its catalog (fast: no training).
     */
    public static ModelBundle pushedBundle(
            LabeledSet data, int size, int protosPerClass, long seed) {
        int classes = data.classNames().size();
        NetworkSpec spec =
                NetworkSpec.evenlySplit(
                        Architecture.SMALL_CNN,
                        size,
                        classes,
                        classes * protosPerClass,
                        8,
                        AddOnType.BOTTLENECK,
                        SimilarityFunction.LOG);
        InputSpec input = greyInput(size);
        TrainingConfig config = shortPlan(1, 0);
        try (NDManager m = NDManager.newBaseManager();
                ProtoPNet net = ProtoPNet.create(spec, m, seed);
                BatchStream stream = new BatchStream(data, new Preprocessor(input), 1L << 28)) {
            java.util.List<Integer> train = data.indicesOf(org.protopnet.model.data.Split.TRAIN);
            PushResult push =
                    PrototypeProjection.push(net, data, stream, train, 32, m, () -> false, d -> {});
            PrototypeCatalog catalog = PrototypePictures.render(net, data, stream, push, 32, m);
            ModelBundle b =
                    new ModelBundle(
                            spec,
                            input,
                            data.classNames(),
                            WeightLoader.export(net, "pushed"),
                            config,
                            java.util.Map.of());
            return catalog.addTo(b);
        }
    }

    /** A short plan: warm-up, joint, one push and last-layer epochs. */
    public static TrainingConfig shortPlan(int epochs, int lastLayerEpochs) {
        return TrainingConfig.builder()
                .epochs(epochs)
                .warmEpochs(1)
                .pushStart(100)
                .lastLayerEpochs(lastLayerEpochs)
                .lastLayerLr(1e-3)
                .batchSize(32)
                .featuresLr(2e-3)
                .augmentation(Augmentation.NONE)
                .validationFraction(0.1)
                .seed(3)
                .build();
    }

    private static Trained trainHere(
            LabeledSet data, int size, int protosPerClass, TrainingConfig config, Path out)
            throws Exception {
        int classes = data.classNames().size();
        NetworkSpec spec =
                NetworkSpec.evenlySplit(
                        Architecture.SMALL_CNN,
                        size,
                        classes,
                        classes * protosPerClass,
                        16,
                        AddOnType.BOTTLENECK,
                        SimilarityFunction.LOG);
        InputSpec input = greyInput(size);
        try (ProtoPNet net = ProtoPNet.create(spec, NDManager.newBaseManager(), 1);
                BatchStream stream = new BatchStream(data, new Preprocessor(input), 1L << 28)) {
            DataSplits splits = DataSplits.of(data, config.validationFraction(), config.seed());
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
                                                    java.util.Locale.ROOT,
                                                    "  %-16s train acc %.3f  val acc %.3f  %.1f s%n",
                                                    m.step().label(),
                                                    m.trainAccuracy(),
                                                    m.validationAccuracy(),
                                                    m.seconds());
                                        }
                                    },
                                    () -> false)
                            .run();
            ModelBundle bundle =
                    new ModelBundle(
                            spec,
                            input,
                            data.classNames(),
                            r.bestWeights(),
                            config,
                            r.prototypeFiles());
            BundleWriter.write(bundle, out);
            return new Trained(out, bundle, r);
        }
    }
}
