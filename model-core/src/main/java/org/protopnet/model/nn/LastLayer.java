package org.protopnet.model.nn;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.Shape;

/**
 * The bias-free fully connected layer ({@code last_layer.weight}, shape (C, P)) that turns
 * prototype similarities into class logits.
 */
public final class LastLayer {
    /** Initial weight from a prototype to a class it does not belong to. */
    public static final float INCORRECT_CLASS_CONNECTION = -0.5f;

    private final Parameter weight;

    private LastLayer(Parameter weight) {
        this.weight = weight;
    }

    /** Registers the layer initialised +1 to each prototype's own class, -0.5 to the others. */
    public static LastLayer create(ParameterStore store, int[] prototypeClass, int numClasses) {
        int p = prototypeClass.length;
        float[] w = new float[numClasses * p];
        for (int c = 0; c < numClasses; c++) {
            for (int j = 0; j < p; j++) {
                w[c * p + j] = prototypeClass[j] == c ? 1f : INCORRECT_CLASS_CONNECTION;
            }
        }
        return new LastLayer(
                store.weight(
                        "last_layer.weight",
                        ParameterGroup.LAST_LAYER,
                        new Shape(numClasses, p),
                        (shape, random) -> w));
    }

    public Parameter weight() {
        return weight;
    }

    /** Logits (N, C) from similarities (N, P). */
    public NDArray forward(NDArray similarities) {
        return similarities.matMul(weight.array().transpose());
    }
}
