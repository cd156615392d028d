package org.protopnet.model.nn;

import ai.djl.ndarray.NDArray;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A backbone built as one {@link Sequential} whose subclasses add layers and record each spatial
 * layer's geometry as they go.
 */
abstract class AbstractBackbone implements Backbone {
    private final Architecture architecture;
    protected final Sequential layers = new Sequential();
    protected final List<ConvGeometry> geometry = new ArrayList<>();
    protected int outChannels;

    protected AbstractBackbone(Architecture architecture) {
        this.architecture = architecture;
    }

    /** Registers a bias-free-or-not convolution in the FEATURES group and records its geometry. */
    protected Conv2dLayer conv(
            ParameterStore s,
            String name,
            int in,
            int out,
            int k,
            int stride,
            int pad,
            boolean bias,
            WeightInit init) {
        Conv2dLayer conv =
                Conv2dLayer.create(
                        s, name, ParameterGroup.FEATURES, in, out, k, stride, pad, bias, init);
        geometry.add(conv.geometry());
        return conv;
    }

    /** A max-pool layer whose geometry is recorded. */
    protected Layer maxPool(int kernel, int stride, int padding) {
        geometry.add(new ConvGeometry(kernel, stride, padding));
        return Ops.maxPool(kernel, stride, padding);
    }

    protected static BatchNorm2dLayer batchNorm(ParameterStore s, String name, int channels) {
        return BatchNorm2dLayer.create(s, name, ParameterGroup.FEATURES, channels);
    }

    @Override
    public NDArray forward(NDArray x, boolean training) {
        return layers.forward(x, training);
    }

    @Override
    public Architecture architecture() {
        return architecture;
    }

    @Override
    public int outChannels() {
        return outChannels;
    }

    @Override
    public List<ConvGeometry> geometry() {
        return Collections.unmodifiableList(geometry);
    }
}
