package org.protopnet.fiji.service;

import ai.djl.ndarray.NDManager;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.protopnet.model.bundle.BundleReader;
import org.protopnet.model.bundle.BundleWriter;
import org.protopnet.model.bundle.ModelBundle;
import org.protopnet.model.checkpoint.BundleCheckpoints;
import org.protopnet.model.checkpoint.HistoryFiles;
import org.protopnet.model.data.BatchStream;
import org.protopnet.model.data.DataSplits;
import org.protopnet.model.data.InputSpec;
import org.protopnet.model.data.LabeledSet;
import org.protopnet.model.data.Preprocessor;
import org.protopnet.model.io.AtomicFiles;
import org.protopnet.model.io.StateDict;
import org.protopnet.model.nn.NetworkSpec;
import org.protopnet.model.nn.ProtoPNet;
import org.protopnet.model.nn.WeightLoader;
import org.protopnet.model.train.EpochMetrics;
import org.protopnet.model.train.Evaluation;
import org.protopnet.model.train.MetricsCsv;
import org.protopnet.model.train.Phase;
import org.protopnet.model.train.ProtoPNetLoss;
import org.protopnet.model.train.Trainer;
import org.protopnet.model.train.TrainingConfig;
import org.protopnet.model.train.TrainingCurve;
import org.protopnet.model.train.TrainingResult;

/**
 * Trains a model from a {@link TrainingRequest} and writes the bundle, its history (CSV) and its
 * training curve (PNG): the one training workflow behind the CLI, Fiji and macros.
 */
public final class TrainingService {
    /** Decoded images kept in memory across epochs. */
    private static final long IMAGE_CACHE_BYTES = 2L << 30;

    static {
        DicomImages.register();
    }

    public TrainingOutcome train(TrainingRequest req) throws IOException {
        long start = System.nanoTime();
        LabeledSet data = DataSources.open(req.data(), req.dataLimit());
        Path ckptDir = req.checkpointDir();
        try (NDManager manager = NDManager.newBaseManager(req.device().resolve())) {
            NetworkSpec spec;
            InputSpec input;
            TrainingConfig config;
            BundleCheckpoints.Saved saved = null;
            if (req.resume()) {
                saved = BundleCheckpoints.load(ckptDir);
                spec = saved.bundle().network();
                input = saved.bundle().input();
                config = saved.bundle().training();
                req.listener()
                        .onMessage(
                                "resuming from "
                                        + ckptDir.resolve(BundleCheckpoints.LATEST)
                                        + " after step "
                                        + saved.state().completedSteps());
            } else {
                spec = req.network().spec(data.classNames().size());
                input = req.input() != null ? req.input() : InputSpec.imageNet(spec.imageSize());
                config = req.config();
            }
            ProtoPNet net = ProtoPNet.create(spec, manager.newSubManager(), config.seed());
            if (saved != null) {
                WeightLoader.loadAll(net, saved.bundle().weights());
            } else if (req.pretrained() != null) {
                WeightLoader.loadTorchvisionBackbone(net, StateDict.read(req.pretrained()));
                req.listener().onMessage("backbone weights loaded from " + req.pretrained());
            }
            DataSplits splits = DataSplits.of(data, config.validationFraction(), config.seed());
            req.listener()
                    .onMessage(
                            String.format(
                                    "data: %d training, %d validation, %d test images; classes %s",
                                    splits.train().size(),
                                    splits.validation().size(),
                                    splits.test().size(),
                                    data.classNames()));
            req.listener().onMessage("network: " + spec);
            try (BatchStream stream =
                    new BatchStream(data, new Preprocessor(input), IMAGE_CACHE_BYTES)) {
                HistoryFiles historyFiles = new HistoryFiles();
                BundleCheckpoints sink =
                        new BundleCheckpoints(
                                ckptDir, input, data.classNames(), config, historyFiles);
                Trainer trainer =
                        new Trainer(
                                net,
                                data,
                                splits,
                                stream,
                                config,
                                sink,
                                req.listener(),
                                req.cancelled());
                if (saved != null) {
                    StateDict best =
                            Files.exists(sink.best())
                                    ? BundleReader.read(sink.best()).weights()
                                    : null;
                    trainer.resumeFrom(saved.state(), saved.optimizer(), best);
                }
                TrainingResult result = trainer.run();
                WeightLoader.loadAll(net, result.bestWeights());
                double test =
                        Evaluation.of(
                                        net,
                                        new ProtoPNetLoss(net, config.loss()),
                                        stream,
                                        splits.test(),
                                        config.batchSize(),
                                        net.parameters().manager())
                                .accuracy();
                List<EpochMetrics> history = result.state().history();
                ModelBundle bundle =
                        new ModelBundle(
                                spec,
                                input,
                                data.classNames(),
                                result.bestWeights(),
                                config,
                                result.prototypeFiles());
                bundle = historyFiles.addTo(bundle, history);
                BundleWriter.write(bundle, req.output());
                Path csv = sibling(req.output(), "-history.csv");
                Path png = sibling(req.output(), "-curve.png");
                AtomicFiles.write(csv, MetricsCsv.format(history).getBytes(StandardCharsets.UTF_8));
                AtomicFiles.write(png, TrainingCurve.png(history));
                int bestStep = result.state().bestStep();
                EpochMetrics selected =
                        bestStep >= 0 ? history.get(bestStep) : history.get(history.size() - 1);
                return new TrainingOutcome(
                        req.output(),
                        csv,
                        png,
                        history,
                        selected.step().label(),
                        selected.validationAccuracy(),
                        test,
                        testBeforePush(history, bestStep),
                        (System.nanoTime() - start) / 1e9);
            } finally {
                net.close();
            }
        }
    }

    /** Test accuracy measured just before the push that led to step {@code selected}. */
    private static double testBeforePush(List<EpochMetrics> history, int selected) {
        for (int i = Math.min(selected, history.size() - 1); i > 0; i--) {
            if (history.get(i).step().phase() == Phase.PUSH) {
                return history.get(i - 1).testAccuracy();
            }
        }
        return Double.NaN;
    }

    /** {@code model.protopnet} with {@code suffix}: {@code model-history.csv}. */
    static Path sibling(Path file, String suffix) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        return file.toAbsolutePath().resolveSibling(stem + suffix);
    }
}
