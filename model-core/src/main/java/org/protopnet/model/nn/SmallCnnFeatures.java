package org.protopnet.model.nn;

import ai.djl.ndarray.NDArray;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A small VGG-style CNN for 28 to 64 pixel inputs (two 3x3 convolutions with BatchNorm per stage,
 * 32, 64 and 128 channels, two 2x2 max-pools: a 28 px image gives a 7x7 latent grid), registered as
 * {@code features.features.N}. Fast enough to train on a laptop CPU.
 */
final class SmallCnnFeatures implements Backbone {
    private static final int POOL = -1;
    private static final int[] CFG = {32, 32, POOL, 64, 64, POOL, 128, 128};

    private final Sequential layers = new Sequential();
    private final List<ConvGeometry> geometry = new ArrayList<>();
    private int outChannels;

    static SmallCnnFeatures create(ParameterStore store) {
        SmallCnnFeatures net = new SmallCnnFeatures();
        int in = 3;
        int index = 0;
        for (int v : CFG) {
            if (v == POOL) {
                net.layers.add(Ops.maxPool(2, 2, 0));
                net.geometry.add(new ConvGeometry(2, 2, 0));
                index++;
                continue;
            }
            Conv2dLayer conv =
                    Conv2dLayer.create(
                            store,
                            "features.features." + index++,
                            ParameterGroup.FEATURES,
                            in,
                            v,
                            3,
                            1,
                            1,
                            false,
                            WeightInit.kaimingNormalFanOut());
            net.layers.add(conv);
            net.geometry.add(conv.geometry());
            net.layers.add(
                    BatchNorm2dLayer.create(
                            store, "features.features." + index++, ParameterGroup.FEATURES, v));
            net.layers.add(Ops.relu());
            index++;
            in = v;
        }
        net.outChannels = in;
        return net;
    }

    @Override
    public NDArray forward(NDArray x, boolean training) {
        return layers.forward(x, training);
    }

    @Override
    public Architecture architecture() {
        return Architecture.SMALL_CNN;
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
