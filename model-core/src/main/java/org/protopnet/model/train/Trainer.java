package org.protopnet.model.train;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDManager;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.BooleanSupplier;
import org.protopnet.model.ModelException;
import org.protopnet.model.data.Batch;
import org.protopnet.model.data.BatchStream;
import org.protopnet.model.data.DataSplits;
import org.protopnet.model.data.LabeledSet;
import org.protopnet.model.io.HostTensor;
import org.protopnet.model.io.StateDict;
import org.protopnet.model.nn.GradMode;
import org.protopnet.model.nn.ProtoPNet;
import org.protopnet.model.nn.WeightLoader;
import org.protopnet.model.push.PrototypeCatalog;
import org.protopnet.model.push.PrototypePictures;
import org.protopnet.model.push.PrototypeProjection;
import org.protopnet.model.push.PushResult;

/**
 * Runs a {@link TrainingPlan} on a network: warm-up, joint, push and last-layer steps, a checkpoint
 * after every step, model selection on the validation split among the pushed states, progress to a
 * listener, and cancellation between batches.
 *
 * <pre>
 * TrainingResult r = new Trainer(net, data, splits, stream, config, sink, listener, cancel).run();
 * </pre>
 */
public final class Trainer {
    private final ProtoPNet net;
    private final LabeledSet data;
    private final DataSplits splits;
    private final BatchStream stream;
    private final TrainingConfig config;
    private final CheckpointSink checkpoints;
    private final TrainingListener listener;
    private final BooleanSupplier cancelled;
    private final TrainingPlan plan;
    private final ProtoPNetLoss loss;
    private final NDManager manager;
    private final Optimizers optimizers = new Optimizers();
    private final BatchStep batchStep;
    private TrainerState state = new TrainerState();
    private StateDict bestWeights;
    private double secondsPerBatch = Double.NaN;
    private CachedDistances lastLayerCache;

    public Trainer(
            ProtoPNet net,
            LabeledSet data,
            DataSplits splits,
            BatchStream stream,
            TrainingConfig config,
            CheckpointSink checkpoints,
            TrainingListener listener,
            BooleanSupplier cancelled) {
        this.net = net;
        this.data = data;
        this.splits = splits;
        this.stream = stream;
        this.config = config;
        this.checkpoints = checkpoints;
        this.listener = listener;
        this.cancelled = cancelled;
        this.plan = TrainingPlan.of(config);
        this.loss = new ProtoPNetLoss(net, config.loss());
        this.manager = net.parameters().manager();
        this.batchStep = new BatchStep(net, loss, optimizers, config);
        state.dataSize = data.size();
        state.classNames = data.classNames();
        Engine.getInstance().setRandomSeed((int) config.seed());
    }

    /**
     * Continues from a checkpoint: the network already holds its weights; {@code saved} and {@code
     * optimizer} are what the checkpoint stored.
     */
    public Trainer resumeFrom(
            TrainerState saved, Map<String, HostTensor> optimizer, StateDict best) {
        if (saved.dataSize != data.size() || !saved.classNames.equals(data.classNames())) {
            throw new ModelException(
                    "the checkpoint was trained on "
                            + saved.dataSize
                            + " images of classes "
                            + saved.classNames
                            + ", not on these "
                            + data.size()
                            + " images of "
                            + data.classNames());
        }
        this.state = saved;
        this.bestWeights = best;
        optimizers.restore(optimizer, net.parameters());
        return this;
    }

    public TrainingPlan plan() {
        return plan;
    }

    /** Runs the remaining steps and returns the selected model's weights and the history. */
    public TrainingResult run() throws IOException {
        // Autograd stays off on this thread except inside each batch's gradient collector, which
        // turns it on for forward and backward: optimiser updates, push and evaluation record
        // nothing, whichever thread runs the trainer (a new thread starts with autograd on).
        try (GradMode.Restore g = GradMode.off()) {
            return runSteps();
        }
    }

    private TrainingResult runSteps() throws IOException {
        for (int k = state.completedSteps; k < plan.size(); k++) {
            TrainingStep step = plan.steps().get(k);
            if (k == 0 || plan.steps().get(k - 1).phase() != step.phase()) {
                listener.onMessage("phase: " + step.label());
            }
            long start = System.nanoTime();
            EpochMetrics m;
            if (step.phase() == Phase.PUSH) {
                m = push(k, step, start);
            } else {
                m = train(k, step, start);
            }
            state.history.add(m);
            state.completedSteps = k + 1;
            boolean best =
                    selectable(step) && m.validationAccuracy() >= state.bestValidationAccuracy;
            if (best || (bestWeights == null && selectable(step))) {
                state.bestValidationAccuracy = m.validationAccuracy();
                state.bestStep = k;
                state.bestPush = state.lastPush;
                bestWeights = WeightLoader.export(net, "best weights (" + step.label() + ")");
                best = true;
            }
            checkpoints.save(net, state, optimizers.export(), best);
            listener.onStepEnd(m);
        }
        if (bestWeights == null) {
            bestWeights = WeightLoader.export(net, "final weights");
        }
        return new TrainingResult(state, bestWeights, catalogOfBest());
    }

    /**
     * Pictures and records of the selected model's push. Loads the selected weights into the
     * network: its prototypes and latent space are those right after that push (the last-layer
     * phase moves neither).
     */
    private PrototypeCatalog catalogOfBest() {
        if (state.bestPush == null) {
            return null;
        }
        try (GradMode.Restore g = GradMode.off()) {
            WeightLoader.loadAll(net, bestWeights);
            listener.onMessage("drawing the selected model's prototypes");
            return PrototypePictures.render(
                    net, data, stream, state.bestPush, config.batchSize(), manager);
        }
    }

    private boolean selectable(TrainingStep step) {
        if (!plan.pushes()) {
            return true;
        }
        return step.phase() == Phase.LAST_LAYER
                || (step.phase() == Phase.PUSH && config.lastLayerEpochs() == 0);
    }

    private EpochMetrics train(int k, TrainingStep step, long start) {
        if (step.phase() == Phase.LAST_LAYER && config.augmentation().isFlipsOnly()) {
            return trainLastLayerOnCache(k, step, start);
        }
        net.parameters().setTrainable(step.phase().trained());
        List<Integer> order = new ArrayList<>(splits.train());
        Collections.shuffle(order, new Random(config.seed() * 31 + k));
        int batches = BatchStream.batchCount(order.size(), config.batchSize());
        Iterator<Batch> it =
                stream.batches(
                        order, config.batchSize(), config.augmentation(), config.seed() * 7919 + k);
        LossValues sum = LossValues.ZERO;
        long correct = 0;
        int seen = 0;
        for (int b = 0; it.hasNext(); b++) {
            checkCancelled(step);
            long t0 = System.nanoTime();
            Batch batch = it.next();
            BatchStep.Outcome o = batchStep.run(batch, step);
            sum = sum.plus(o.loss(), batch.count());
            correct += o.correct();
            seen += batch.count();
            observeBatchTime((System.nanoTime() - t0) / 1e9);
            listener.onBatch(
                    new BatchProgress(
                            step,
                            k,
                            plan.size(),
                            b + 1,
                            batches,
                            LossValues.ZERO.plus(sum, 1.0 / seen),
                            (double) correct / seen,
                            secondsLeft(k, batches - b - 1)));
        }
        net.parameters().setTrainable(java.util.Set.of());
        Evaluation val = validate();
        return new EpochMetrics(
                k,
                step,
                LossValues.ZERO.plus(sum, 1.0 / Math.max(1, seen)),
                seen == 0 ? Double.NaN : (double) correct / seen,
                val.loss(),
                val.accuracy(),
                (System.nanoTime() - start) / 1e9,
                reportTestAccuracy(k) ? test() : Double.NaN);
    }

    private EpochMetrics push(int k, TrainingStep step, long start) {
        net.parameters().setTrainable(java.util.Set.of());
        int batches = BatchStream.batchCount(splits.train().size(), config.batchSize());
        PushResult result =
                PrototypeProjection.push(
                        net,
                        data,
                        stream,
                        splits.train(),
                        config.batchSize(),
                        manager,
                        cancelled,
                        done ->
                                listener.onBatch(
                                        new BatchProgress(
                                                step,
                                                k,
                                                plan.size(),
                                                done,
                                                batches,
                                                LossValues.ZERO,
                                                Double.NaN,
                                                secondsLeft(k, batches - done))));
        state.lastPush = result;
        lastLayerCache = null;
        int duplicates = result.duplicates().size();
        listener.onMessage(
                "pushed "
                        + result.prototypes().size()
                        + " prototypes onto training patches"
                        + (duplicates > 0
                                ? " (" + duplicates + " share a patch with another)"
                                : ""));
        Evaluation val = validate();
        return new EpochMetrics(
                k,
                step,
                LossValues.ZERO,
                Double.NaN,
                val.loss(),
                val.accuracy(),
                (System.nanoTime() - start) / 1e9,
                Double.NaN);
    }

    private EpochMetrics trainLastLayerOnCache(int k, TrainingStep step, long start) {
        checkCancelled(step);
        net.parameters().setTrainable(java.util.Set.of());
        if (lastLayerCache == null) {
            lastLayerCache =
                    CachedDistances.compute(
                            net,
                            data,
                            stream,
                            splits.train(),
                            config.batchSize(),
                            config.augmentation().horizontalFlip());
        }
        net.parameters().setTrainable(step.phase().trained());
        BatchStep.Outcome o =
                lastLayerCache.epoch(
                        net, loss, optimizers, step, config.batchSize(), config.seed() * 31 + k);
        net.parameters().setTrainable(java.util.Set.of());
        Evaluation val = validate();
        return new EpochMetrics(
                k,
                step,
                o.loss(),
                (double) o.correct() / Math.max(1, lastLayerCache.size()),
                val.loss(),
                val.accuracy(),
                (System.nanoTime() - start) / 1e9,
                reportTestAccuracy(k) ? test() : Double.NaN);
    }

    /** Test accuracy is reported right before a push and at the end of each push's phase. */
    private boolean reportTestAccuracy(int k) {
        List<TrainingStep> steps = plan.steps();
        boolean beforePush = k + 1 < steps.size() && steps.get(k + 1).phase() == Phase.PUSH;
        boolean endOfPushPhase =
                steps.get(k).phase() == Phase.LAST_LAYER
                        && (k + 1 == steps.size() || steps.get(k + 1).phase() != Phase.LAST_LAYER);
        return !splits.test().isEmpty() && (beforePush || endOfPushPhase);
    }

    private double test() {
        return Evaluation.of(net, loss, stream, splits.test(), config.batchSize(), manager)
                .accuracy();
    }

    private Evaluation validate() {
        return Evaluation.of(net, loss, stream, splits.validation(), config.batchSize(), manager);
    }

    private void checkCancelled(TrainingStep step) {
        if (cancelled.getAsBoolean()) {
            throw new TrainingCancelledException(
                    "training cancelled during "
                            + step.label()
                            + "; the checkpoint of the last finished step ("
                            + state.completedSteps
                            + " of "
                            + plan.size()
                            + ") is intact");
        }
    }

    private void observeBatchTime(double seconds) {
        secondsPerBatch =
                Double.isNaN(secondsPerBatch) ? seconds : 0.9 * secondsPerBatch + 0.1 * seconds;
    }

    /** Rough: remaining batches of this step and all later steps, pushes and evals at 1/3 cost. */
    private double secondsLeft(int k, int batchesLeftInStep) {
        if (Double.isNaN(secondsPerBatch)) {
            return Double.NaN;
        }
        int perEpoch = BatchStream.batchCount(splits.train().size(), config.batchSize());
        int perVal = BatchStream.batchCount(splits.validation().size(), config.batchSize());
        double left = batchesLeftInStep + perVal / 3.0;
        for (int j = k + 1; j < plan.size(); j++) {
            Phase p = plan.steps().get(j).phase();
            left +=
                    (p == Phase.PUSH
                                    ? perEpoch / 3.0
                                    : p == Phase.LAST_LAYER ? perEpoch / 2.0 : perEpoch)
                            + perVal / 3.0;
        }
        return left * secondsPerBatch;
    }
}
