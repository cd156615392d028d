package org.protopnet.model.train;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.NDScope;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.GradientCollector;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import org.protopnet.model.data.Augmentation;
import org.protopnet.model.data.Batch;
import org.protopnet.model.data.BatchStream;
import org.protopnet.model.data.LabeledSet;
import org.protopnet.model.nn.ForwardResult;
import org.protopnet.model.nn.GradMode;
import org.protopnet.model.nn.InputBatch;
import org.protopnet.model.nn.ProtoPNet;

/**
 * Last-layer epochs on cached distances. In that phase backbone, add-on layers and prototypes are
 * frozen and BatchNorm runs in inference mode, so each training image's minimum distances to the
 * prototypes are fixed after a push: they are computed once and every last-layer epoch is then a
 * pass of small matrix products instead of full forward passes. That holds for augmentation by
 * horizontal flips alone too, as an image then has two fixed versions: both are cached, and each
 * epoch draws one per image, as the flip would have.
 */
final class CachedDistances {
    private final float[] minDistances;
    private final float[] mirroredMinDistances;
    private final long[] labels;
    private final int prototypes;

    private CachedDistances(
            float[] minDistances, float[] mirroredMinDistances, long[] labels, int prototypes) {
        this.minDistances = minDistances;
        this.mirroredMinDistances = mirroredMinDistances;
        this.labels = labels;
        this.prototypes = prototypes;
    }

    /**
     * One inference pass over {@code indices}, and one over their mirror images when {@code
     * mirrored} (the training flips images).
     */
    static CachedDistances compute(
            ProtoPNet net,
            LabeledSet data,
            BatchStream stream,
            List<Integer> indices,
            int batchSize,
            boolean mirrored) {
        int p = net.spec().prototypeCount();
        float[] min = new float[indices.size() * p];
        float[] mirroredMin = mirrored ? new float[indices.size() * p] : null;
        long[] labels = new long[indices.size()];
        NDManager m = net.parameters().manager();
        Iterator<Batch> it = stream.batches(indices, batchSize, Augmentation.NONE, 0);
        int offset = 0;
        while (it.hasNext()) {
            Batch b = it.next();
            try (GradMode.Restore g = GradMode.off();
                    NDScope scope = new NDScope()) {
                scope.suppressNotUsedWarning();
                NDArray x = InputBatch.of(m, b);
                float[] d = net.forward(x, false).minDistances().toFloatArray();
                System.arraycopy(d, 0, min, offset * p, d.length);
                if (mirrored) {
                    NDArray xm = InputBatch.of(m, mirror(b), b.count(), b.imageSize());
                    float[] dm = net.forward(xm, false).minDistances().toFloatArray();
                    System.arraycopy(dm, 0, mirroredMin, offset * p, dm.length);
                }
                System.arraycopy(b.labels(), 0, labels, offset, b.count());
                offset += b.count();
            }
        }
        return new CachedDistances(min, mirroredMin, labels, p);
    }

    /** The batch's images mirrored left to right: the flip the augmentation draws. */
    static float[] mirror(Batch b) {
        int size = b.imageSize();
        float[] src = b.images();
        float[] out = new float[b.count() * 3 * size * size];
        for (int row = 0; row < b.count() * 3 * size; row++) {
            int base = row * size;
            for (int x = 0; x < size; x++) {
                out[base + x] = src[base + size - 1 - x];
            }
        }
        return out;
    }

    /** One last-layer epoch over the cache in a seeded order; returns the step's outcome. */
    BatchStep.Outcome epoch(
            ProtoPNet net,
            ProtoPNetLoss loss,
            Optimizers optimizers,
            TrainingStep step,
            int batchSize,
            long seed) {
        NDManager m = net.parameters().manager();
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < labels.length; i++) {
            order.add(i);
        }
        Random random = new Random(seed);
        Collections.shuffle(order, random);
        LossValues sum = LossValues.ZERO;
        long correct = 0;
        for (int from = 0; from < order.size(); from += batchSize) {
            int n = Math.min(batchSize, order.size() - from);
            float[] d = new float[n * prototypes];
            long[] y = new long[n];
            for (int k = 0; k < n; k++) {
                int i = order.get(from + k);
                float[] version =
                        mirroredMinDistances != null && random.nextBoolean()
                                ? mirroredMinDistances
                                : minDistances;
                System.arraycopy(version, i * prototypes, d, k * prototypes, prototypes);
                y[k] = labels[i];
            }
            try (NDScope scope = new NDScope()) {
                scope.suppressNotUsedWarning();
                NDArray min = m.create(d, new Shape(n, prototypes));
                NDArray target = m.create(y);
                try (GradientCollector gc = Engine.getInstance().newGradientCollector()) {
                    NDArray sim = net.spec().activation().apply(min, net.spec().epsilon());
                    NDArray logits = net.lastLayer().forward(sim);
                    LossTerms terms =
                            loss.compute(
                                    new ForwardResult(null, null, min, sim, logits),
                                    target,
                                    net.lastLayer().weight().array());
                    gc.backward(terms.total());
                    sum = sum.plus(terms.values(), n);
                    correct += logits.argMax(1).eq(target).sum().getLong();
                }
                optimizers.step(net.parameters(), step, 0);
            }
        }
        return new BatchStep.Outcome(
                LossValues.ZERO.plus(sum, 1.0 / Math.max(1, labels.length)), correct);
    }

    int size() {
        return labels.length;
    }
}
