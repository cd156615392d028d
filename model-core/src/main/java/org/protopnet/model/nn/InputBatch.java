package org.protopnet.model.nn;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.nio.FloatBuffer;
import org.protopnet.model.data.Batch;

/**
 * Turns prepared images (n x 3 x S x S floats, channel-major) into the network's input array, in
 * one place, so every path (training, evaluation, push, inference, benchmarks) feeds the network
 * the same way.
 *
 * <p>The array is (n, 3, S, S) as the layers expect, laid out channels-last in memory: see {@link
 * MemoryLayout} for why, and where the network switches back to channel-major.
 */
public final class InputBatch {
    private InputBatch() {}

    /** The (n, 3, size, size) input for {@code images}, in {@code manager}. */
    public static NDArray of(NDManager manager, float[] images, int n, int size) {
        int plane = size * size;
        float[] nhwc = new float[n * 3 * plane];
        for (int i = 0; i < n; i++) {
            int base = i * 3 * plane;
            for (int p = 0; p < plane; p++) {
                nhwc[base + 3 * p] = images[base + p];
                nhwc[base + 3 * p + 1] = images[base + plane + p];
                nhwc[base + 3 * p + 2] = images[base + 2 * plane + p];
            }
        }
        return MemoryLayout.channelsLastView(
                manager.create(FloatBuffer.wrap(nhwc), new Shape(n, size, size, 3)));
    }

    /** The input for a prepared {@link Batch}. */
    public static NDArray of(NDManager manager, Batch batch) {
        return of(manager, batch.images(), batch.count(), batch.imageSize());
    }
}
