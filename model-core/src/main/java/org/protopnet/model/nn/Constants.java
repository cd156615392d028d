package org.protopnet.model.nn;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.Shape;

/**
 * Multiplication by a constant that is safe inside a graph autograd will differentiate.
 *
 * <p>DJL's {@code NDArray.mul(Number)} (likewise {@code div}, {@code pow}, {@code maximum}, {@code
 * minimum}) wraps the number in a tensor over a Java direct buffer, multiplies, and closes the
 * wrapper at once. Autograd has kept that tensor for the backward pass, but the buffer now belongs
 * to nobody: when the garbage collector runs between forward and backward, the buffer is freed and
 * reused, and the backward pass multiplies the gradient by whatever lies there. Training then goes
 * wrong only now and then (the same seed gave 96 % and 41 % on the X-ray sample set). A constant
 * made here lives in memory libtorch allocated, which the graph keeps alive.
 *
 * <pre>
 * NDArray total = Constants.times(crossEntropy, 1.0).add(Constants.times(cluster, 0.8));
 * </pre>
 */
public final class Constants {
    private Constants() {}

    /** {@code x * factor}, differentiable with respect to {@code x}. */
    public static NDArray times(NDArray x, double factor) {
        try (NDArray c = x.getManager().full(new Shape(), (float) factor, x.getDataType())) {
            return x.mul(c);
        }
    }
}
