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
 * <p>The array is (n, 3, S, S), channel-major in memory: PyTorch's default layout, which every
 * layer then keeps. A channels-last view used to be fed instead, for oneDNN's channels-last kernels
 * (10 to 15 % faster here), but on an AMD EPYC with AVX-512 (Zen 5) oneDNN 3.7.1's channels-last
 * AVX-512 convolutions computed wrong ResNet-18 features (error 2.7 against the authors' fixture,
 * where the channel-major path is within 2e-5).
 */
public final class InputBatch {
    private InputBatch() {}

    /** The (n, 3, size, size) input for {@code images}, in {@code manager}. */
    public static NDArray of(NDManager manager, float[] images, int n, int size) {
        return manager.create(
                FloatBuffer.wrap(images, 0, n * 3 * size * size), new Shape(n, 3, size, size));
    }

    /** The input for a prepared {@link Batch}. */
    public static NDArray of(NDManager manager, Batch batch) {
        return of(manager, batch.images(), batch.count(), batch.imageSize());
    }
}
