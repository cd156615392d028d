package org.protopnet.model.nn;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.convolutional.Conv2d;

/** A 2-D convolution with PyTorch's {@code weight} (O, I, kh, kw) and optional {@code bias}. */
public final class Conv2dLayer implements Layer {
    private final Parameter weight;
    private final Parameter bias;
    private final Shape stride;
    private final Shape padding;
    private final ConvGeometry geometry;

    private Conv2dLayer(Parameter weight, Parameter bias, int kernel, int stride, int padding) {
        this.weight = weight;
        this.bias = bias;
        this.stride = new Shape(stride, stride);
        this.padding = new Shape(padding, padding);
        this.geometry = new ConvGeometry(kernel, stride, padding);
    }

    /**
     * Registers {@code name.weight} (and {@code name.bias} when {@code withBias}) in {@code store}.
     */
    public static Conv2dLayer create(
            ParameterStore store,
            String name,
            ParameterGroup group,
            int in,
            int out,
            int kernel,
            int stride,
            int padding,
            boolean withBias,
            WeightInit init) {
        Parameter w =
                store.weight(name + ".weight", group, new Shape(out, in, kernel, kernel), init);
        Parameter b =
                withBias
                        ? store.weight(
                                name + ".bias", group, new Shape(out), WeightInit.constant(0))
                        : null;
        return new Conv2dLayer(w, b, kernel, stride, padding);
    }

    @Override
    public NDArray forward(NDArray x, boolean training) {
        return forwardWith(x, weight.array(), bias == null ? null : bias.array());
    }

    /**
     * This convolution's geometry with other weights (O, I, kh, kw) and bias (O) or null: how
     * {@link ConvBatchNorm} runs it with a BatchNorm folded in.
     */
    NDArray forwardWith(NDArray x, NDArray w, NDArray b) {
        if (geometry.kernel() == 1 && geometry.padding() == 0) {
            return MemoryLayout.pointwise(x, w, b, geometry.stride());
        }
        return Conv2d.conv2d(x, w, b, stride, padding, new Shape(1, 1), 1).singletonOrThrow();
    }

    Parameter weight() {
        return weight;
    }

    /** The bias, or null for a bias-free convolution. */
    Parameter bias() {
        return bias;
    }

    public ConvGeometry geometry() {
        return geometry;
    }

    /** Output channels. */
    public int outChannels() {
        return Math.toIntExact(weight.shape()[0]);
    }
}
