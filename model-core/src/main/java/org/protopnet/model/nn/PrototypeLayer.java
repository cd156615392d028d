package org.protopnet.model.nn;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;

/**
 * P prototypes of shape D x 1 x 1 ({@code prototype_vectors}) and the squared L2 distance of every
 * latent patch to each: {@code relu(|z|^2 - 2 z.p + |p|^2)}, the expansion the authors compute,
 * clamped at zero.
 */
public final class PrototypeLayer {
    private final Parameter prototypes;

    private PrototypeLayer(Parameter prototypes) {
        this.prototypes = prototypes;
    }

    /**
     * Registers {@code prototype_vectors} (uniform on [0, 1) as in the authors' code) and the
     * constant {@code ones} tensor their state dict carries.
     */
    public static PrototypeLayer create(ParameterStore store, int count, int depth) {
        Shape shape = new Shape(count, depth, 1, 1);
        Parameter p =
                store.weight(
                        "prototype_vectors",
                        ParameterGroup.PROTOTYPES,
                        shape,
                        WeightInit.uniform(0, 1));
        store.buffer("ones", ParameterGroup.PROTOTYPES, shape, 1f);
        return new PrototypeLayer(p);
    }

    /** The prototype vectors, shape (P, D, 1, 1). */
    public Parameter vectors() {
        return prototypes;
    }

    public int count() {
        return Math.toIntExact(prototypes.shape()[0]);
    }

    /**
     * Squared distances (N, P, H, W) of every patch of {@code z} (N, D, H, W) to every prototype.
     */
    public NDArray distances(NDArray z) {
        NDArray p = prototypes.array();
        NDArray zz = z.square().sum(new int[] {1}, true);
        NDArray zp = MemoryLayout.pointwise(z, p, null, 1);
        NDArray pp = p.square().sum(new int[] {1, 2, 3}).reshape(1, -1, 1, 1);
        return Activation.relu(zz.sub(Constants.times(zp, 2)).add(pp));
    }

    /** Minimum over positions: (N, P, H, W) to (N, P). */
    public static NDArray minOverPositions(NDArray distances) {
        var shape = distances.getShape();
        return distances.reshape(shape.get(0), shape.get(1), -1).min(new int[] {2});
    }
}
