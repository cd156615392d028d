package org.protopnet.model.nn;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDScope;
import java.util.ArrayList;
import java.util.List;

/**
 * A convolution followed by a BatchNorm. At inference the normalisation is a fixed affine map per
 * output channel after a linear one, so it folds into the convolution: weights {@code w·s} and bias
 * {@code (b - mean)·s + beta} with {@code s = gamma / sqrt(var + eps)}. One convolution then does
 * the work of two layers and the activations are not read and written once more.
 *
 * <p>Training, and any pass that records gradients, runs the two layers as they are. The folded
 * tensors are rebuilt when any of the tensors they come from has a new {@link Parameter#version}:
 * weights assigned or stepped by the optimiser, running statistics updated by a training pass.
 * Rebuilding frees the previous folded tensors, so one model's inference and training must not run
 * at the same time on different threads (batch workers each hold their own model).
 */
final class ConvBatchNorm implements Layer {
    private final Conv2dLayer conv;
    private final BatchNorm2dLayer norm;

    /** Every tensor the folded ones are computed from. */
    private final List<Parameter> sources;

    private Folded folded;

    /** The folded convolution and the versions of the tensors it was made from. */
    private record Folded(NDArray weight, NDArray bias, long versions) {
        void close() {
            weight.close();
            bias.close();
        }
    }

    ConvBatchNorm(Conv2dLayer conv, BatchNorm2dLayer norm) {
        this.conv = conv;
        this.norm = norm;
        List<Parameter> all = new ArrayList<>();
        all.add(conv.weight());
        if (conv.bias() != null) {
            all.add(conv.bias());
        }
        all.addAll(List.of(norm.weight(), norm.bias(), norm.runningMean(), norm.runningVar()));
        this.sources = List.copyOf(all);
    }

    @Override
    public NDArray forward(NDArray x, boolean training) {
        if (training || GradMode.isOn()) {
            return norm.forward(conv.forward(x, training), training);
        }
        Folded f = folded();
        return conv.forwardWith(x, f.weight(), f.bias());
    }

    private synchronized Folded folded() {
        long versions = versions();
        if (folded == null || folded.versions() != versions) {
            if (folded != null) {
                folded.close();
            }
            folded = fold(versions);
        }
        return folded;
    }

    /** The sum of the source versions: each only ever grows, so any change changes the sum. */
    private long versions() {
        long sum = 0;
        for (Parameter p : sources) {
            sum += p.version();
        }
        return sum;
    }

    private Folded fold(long versions) {
        NDArray w = conv.weight().array();
        long out = w.getShape().get(0);
        try (NDArray std = norm.runningVar().array().add(BatchNorm2dLayer.EPS).sqrt();
                NDArray scale = norm.weight().array().div(std);
                NDArray shift = shift(scale);
                NDArray perChannel = scale.reshape(out, 1, 1, 1)) {
            NDArray weight = w.mul(perChannel);
            NDArray bias = shift.add(norm.bias().array());
            // they outlive the pass that made them, whatever NDScope it runs in
            NDScope.unregister(weight, bias);
            return new Folded(weight, bias, versions);
        }
    }

    /** {@code (b - mean)·s}, with b = 0 for a bias-free convolution. */
    private NDArray shift(NDArray scale) {
        NDArray mean = norm.runningMean().array();
        if (conv.bias() == null) {
            try (NDArray centred = mean.neg()) {
                return centred.mul(scale);
            }
        }
        try (NDArray centred = conv.bias().array().sub(mean)) {
            return centred.mul(scale);
        }
    }
}
