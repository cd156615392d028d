package org.protopnet.model.nn;

import ai.djl.ndarray.NDArray;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Layers applied one after the other, like PyTorch's {@code nn.Sequential}. A convolution directly
 * followed by a BatchNorm is kept as one {@link ConvBatchNorm}, which inference runs as a single
 * convolution.
 */
public final class Sequential implements Layer {
    private final List<Layer> layers = new ArrayList<>();

    public Sequential add(Layer layer) {
        int last = layers.size() - 1;
        if (layer instanceof BatchNorm2dLayer norm
                && last >= 0
                && layers.get(last) instanceof Conv2dLayer conv) {
            layers.set(last, new ConvBatchNorm(conv, norm));
        } else {
            layers.add(layer);
        }
        return this;
    }

    /** The layers, after folding pairs into {@link ConvBatchNorm}s. */
    List<Layer> layers() {
        return Collections.unmodifiableList(layers);
    }

    @Override
    public NDArray forward(NDArray x, boolean training) {
        NDArray out = x;
        for (Layer layer : layers) {
            out = layer.forward(out, training);
        }
        return out;
    }
}
