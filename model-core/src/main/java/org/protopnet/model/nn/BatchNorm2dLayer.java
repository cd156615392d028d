package org.protopnet.model.nn;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.norm.BatchNorm;

/**
 * PyTorch's {@code BatchNorm2d}: {@code weight}, {@code bias}, {@code running_mean}, {@code
 * running_var}, eps 1e-5, momentum 0.1; in training the running statistics update in place.
 */
public final class BatchNorm2dLayer implements Layer {
    /** PyTorch's default epsilon, which torchvision weights were trained with. */
    public static final float EPS = 1e-5f;

    /** PyTorch's momentum 0.1, written the way DJL takes it (1 - momentum). */
    private static final float DJL_MOMENTUM = 0.9f;

    /** DJL's PyTorch engine normalises over axis 1 directly only when told -1. */
    private static final int CHANNEL_AXIS_FOR_PYTORCH = -1;

    private final Parameter weight;
    private final Parameter bias;
    private final Parameter runningMean;
    private final Parameter runningVar;

    private BatchNorm2dLayer(Parameter w, Parameter b, Parameter mean, Parameter var) {
        this.weight = w;
        this.bias = b;
        this.runningMean = mean;
        this.runningVar = var;
    }

    /** Registers the four tensors of a BatchNorm2d called {@code name} over {@code channels}. */
    public static BatchNorm2dLayer create(
            ParameterStore store, String name, ParameterGroup group, int channels) {
        Shape shape = new Shape(channels);
        return new BatchNorm2dLayer(
                store.weight(name + ".weight", group, shape, WeightInit.constant(1)),
                store.weight(name + ".bias", group, shape, WeightInit.constant(0)),
                store.buffer(name + ".running_mean", group, shape, 0f),
                store.buffer(name + ".running_var", group, shape, 1f));
    }

    @Override
    public NDArray forward(NDArray x, boolean training) {
        if (training) {
            runningMean.changedInPlace();
            runningVar.changedInPlace();
        }
        return BatchNorm.batchNorm(
                        x,
                        runningMean.array(),
                        runningVar.array(),
                        weight.array(),
                        bias.array(),
                        CHANNEL_AXIS_FOR_PYTORCH,
                        DJL_MOMENTUM,
                        EPS,
                        training)
                .singletonOrThrow();
    }

    Parameter weight() {
        return weight;
    }

    Parameter bias() {
        return bias;
    }

    Parameter runningMean() {
        return runningMean;
    }

    Parameter runningVar() {
        return runningVar;
    }
}
