package org.protopnet.model.nn;

import ai.djl.ndarray.NDArray;
import java.util.ArrayList;
import java.util.List;

/** Layers applied one after the other, like PyTorch's {@code nn.Sequential}. */
public final class Sequential implements Layer {
    private final List<Layer> layers = new ArrayList<>();

    public Sequential add(Layer layer) {
        layers.add(layer);
        return this;
    }

    public int size() {
        return layers.size();
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
