package org.protopnet.model.nn;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.nio.FloatBuffer;

/**
 * Turns prepared images (n x 3 x S x S floats, channel-major) into the network's input array, in
 * one place, so every path (training, evaluation, push, inference, benchmarks) feeds the network
 * the same way.
 */
public final class InputBatch {
    private InputBatch() {}

    /** The (n, 3, size, size) input for {@code images}, in {@code manager}. */
    public static NDArray of(NDManager manager, float[] images, int n, int size) {
        return manager.create(
                FloatBuffer.wrap(images, 0, n * 3 * size * size), new Shape(n, 3, size, size));
    }

    /** The input for a prepared {@link org.protopnet.model.data.Batch}. */
    public static NDArray of(NDManager manager, org.protopnet.model.data.Batch batch) {
        return of(manager, batch.images(), batch.count(), batch.imageSize());
    }
}
