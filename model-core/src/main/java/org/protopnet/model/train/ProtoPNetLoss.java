package org.protopnet.model.train;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import org.protopnet.model.nn.Constants;
import org.protopnet.model.nn.ForwardResult;
import org.protopnet.model.nn.ProtoPNet;

/**
 * The class-specific ProtoPNet objective: cross entropy; cluster cost (each image close to some
 * prototype of its class); separation cost (far from every prototype of other classes); L1 on the
 * last-layer weights from prototypes to classes they do not belong to.
 */
public final class ProtoPNetLoss {
    private final LossCoefficients coefficients;
    private final float maxDistance;
    private final int[] prototypeClass;
    private final int numClasses;

    /** The coefficients this loss weighs its terms with unless told otherwise. */
    public LossCoefficients coefficients() {
        return coefficients;
    }

    public ProtoPNetLoss(ProtoPNet net, LossCoefficients coefficients) {
        this.coefficients = coefficients;
        this.maxDistance = net.spec().prototypeDepth();
        this.prototypeClass = net.spec().prototypeClass();
        this.numClasses = net.spec().numClasses();
    }

    /** The (P, C) one-hot identity of prototypes with classes, created in {@code manager}. */
    public NDArray classIdentity(NDManager manager) {
        float[] v = new float[prototypeClass.length * numClasses];
        for (int j = 0; j < prototypeClass.length; j++) {
            v[j * numClasses + prototypeClass[j]] = 1f;
        }
        return manager.create(v, new Shape(prototypeClass.length, numClasses));
    }

    /** All terms for a batch whose true classes are {@code labels} (N, int64). */
    public LossTerms compute(ForwardResult out, NDArray labels, NDArray lastLayerWeight) {
        return compute(out, labels, lastLayerWeight, coefficients);
    }

    /**
     * All terms for a batch, with {@code weights} instead of this loss's own coefficients in the
     * total (the terms themselves are the same).
     */
    public LossTerms compute(
            ForwardResult out, NDArray labels, NDArray lastLayerWeight, LossCoefficients weights) {
        NDManager m = out.logits().getManager();
        NDArray identity = classIdentity(m);
        NDArray oneHot = labels.toType(DataType.INT64, false).oneHot(numClasses);
        NDArray logProb = out.logits().logSoftmax(1);
        NDArray ce = logProb.mul(oneHot).sum(new int[] {1}).mean().neg();

        NDArray correct = oneHot.matMul(identity.transpose());
        NDArray wrong = correct.neg().add(1f);
        NDArray min = out.minDistances();
        NDArray closeness = min.neg().add(maxDistance);
        NDArray cluster = closeness.mul(correct).max(new int[] {1}).neg().add(maxDistance).mean();
        NDArray separation = closeness.mul(wrong).max(new int[] {1}).neg().add(maxDistance).mean();
        NDArray avgSeparation =
                min.mul(wrong).sum(new int[] {1}).div(wrong.sum(new int[] {1})).mean();

        NDArray l1Mask = identity.transpose().neg().add(1f);
        NDArray l1 = lastLayerWeight.mul(l1Mask).abs().sum();

        NDArray total =
                Constants.times(ce, weights.crossEntropy())
                        .add(Constants.times(cluster, weights.cluster()))
                        .add(Constants.times(separation, weights.separation()))
                        .add(Constants.times(l1, weights.l1()));
        return new LossTerms(total, ce, cluster, separation, avgSeparation, l1);
    }
}
