package org.protopnet.model.nn;

import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import ai.djl.nn.pooling.Pool;

/** The parameter-free layers: activations and pooling, as {@link Layer}s. */
public final class Ops {
    private Ops() {}

    /** ReLU. */
    public static Layer relu() {
        return (x, training) -> Activation.relu(x);
    }

    /** Logistic sigmoid. */
    public static Layer sigmoid() {
        return (x, training) -> Activation.sigmoid(x);
    }

    /** Max pooling with a square window, PyTorch semantics (floor mode). */
    public static Layer maxPool(int kernel, int stride, int padding) {
        Shape k = new Shape(kernel, kernel);
        Shape s = new Shape(stride, stride);
        Shape p = new Shape(padding, padding);
        return (x, training) -> Pool.maxPool2d(x, k, s, p, false);
    }

    /** Average pooling with a square window, no padding counted. */
    public static Layer avgPool(int kernel, int stride) {
        Shape k = new Shape(kernel, kernel);
        Shape s = new Shape(stride, stride);
        Shape p = new Shape(0, 0);
        return (x, training) -> Pool.avgPool2d(x, k, s, p, false, true);
    }
}
