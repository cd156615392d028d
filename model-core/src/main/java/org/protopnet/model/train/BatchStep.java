package org.protopnet.model.train;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.NDScope;
import ai.djl.training.GradientCollector;
import org.protopnet.model.data.Batch;
import org.protopnet.model.nn.ForwardResult;
import org.protopnet.model.nn.InputBatch;
import org.protopnet.model.nn.ProtoPNet;

/**
 * One optimisation step on one batch: forward, loss, backward, the phase's optimiser update. The
 * trainer and the training benchmark both run exactly this.
 */
public final class BatchStep {
    private final ProtoPNet net;
    private final ProtoPNetLoss loss;
    private final Optimizers optimizers;
    private final double weightDecay;
    private final int prototypeLossStart;
    private final NDManager manager;

    /** What a step measured on its batch. */
    public record Outcome(LossValues loss, long correct) {}

    BatchStep(ProtoPNet net, ProtoPNetLoss loss, Optimizers optimizers, TrainingConfig config) {
        this.net = net;
        this.loss = loss;
        this.optimizers = optimizers;
        this.weightDecay = config.weightDecay();
        this.prototypeLossStart = config.prototypeLossStart();
        this.manager = net.parameters().manager();
    }

    /** A step with fresh optimisers, for benchmarks. */
    public static BatchStep standalone(ProtoPNet net, TrainingConfig config) {
        return new BatchStep(net, new ProtoPNetLoss(net, config.loss()), new Optimizers(), config);
    }

    /**
     * Trains {@code step.phase()}'s parameters on {@code batch} (the caller has made exactly those
     * trainable). BatchNorm uses batch statistics except in the last-layer phase, which must not
     * move the latent space the pushed prototypes live in.
     */
    public Outcome run(Batch batch, TrainingStep step) {
        try (NDScope scope = new NDScope()) {
            scope.suppressNotUsedWarning();
            NDArray x = InputBatch.of(manager, batch);
            NDArray y = manager.create(batch.labels());
            LossValues v;
            long correct;
            try (GradientCollector gc = Engine.getInstance().newGradientCollector()) {
                ForwardResult out = net.forward(x, step.phase() != Phase.LAST_LAYER);
                LossTerms terms =
                        loss.compute(out, y, net.lastLayer().weight().array(), weights(step));
                gc.backward(terms.total());
                v = terms.values();
                correct = out.logits().argMax(1).eq(y).sum().getLong();
            }
            optimizers.step(net.parameters(), step, weightDecay);
            return new Outcome(v, correct);
        }
    }

    /** The loss weights of {@code step}: no prototype costs before the configured epoch. */
    LossCoefficients weights(TrainingStep step) {
        boolean early = step.phase() != Phase.LAST_LAYER && step.epoch() < prototypeLossStart;
        return early ? loss.coefficients().withoutPrototypeCosts() : loss.coefficients();
    }
}
