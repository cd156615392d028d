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
 * <p>The array is (n, 3, S, S) as the layers expect, but laid out channels-last in memory (a
 * permuted view of an (n, S, S, 3) tensor). PyTorch's CPU convolutions keep that layout through the
 * network and pick oneDNN's channels-last kernels, which measured 3.6 times faster for the small
 * CNN and 8 % faster for ResNet-18 at 64 px than the channel-major layout, with the same results.
 * DJL has no memory-format call, hence the view.
 */
public final class InputBatch {
    private InputBatch() {}

    /** The (n, 3, size, size) input for {@code images}, in {@code manager}. */
    public static NDArray of(NDManager manager, float[] images, int n, int size) {
        int plane = size * size;
        float[] nhwc = new float[n * 3 * plane];
        for (int i = 0; i < n; i++) {
            int src = i * 3 * plane;
            int dst = i * 3 * plane;
            for (int p = 0; p < plane; p++) {
                nhwc[dst + 3 * p] = images[src + p];
                nhwc[dst + 3 * p + 1] = images[src + plane + p];
                nhwc[dst + 3 * p + 2] = images[src + 2 * plane + p];
            }
        }
        return manager.create(FloatBuffer.wrap(nhwc), new Shape(n, size, size, 3))
                .transpose(0, 3, 1, 2);
    }

    /** The input for a prepared {@link Batch}. */
    public static NDArray of(NDManager manager, Batch batch) {
        return of(manager, batch.images(), batch.count(), batch.imageSize());
    }
}
