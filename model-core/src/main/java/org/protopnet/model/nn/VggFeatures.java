package org.protopnet.model.nn;

import ai.djl.ndarray.NDArray;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * torchvision's VGG {@code features} Sequential (every 3x3 convolution, optional BatchNorm, ReLU,
 * and the 2x2 max-pools including the last), registered as {@code features.features.N}.
 */
final class VggFeatures implements Backbone {
    private static final int POOL = -1;
    private static final int[] CFG_11 = {
        64, POOL, 128, POOL, 256, 256, POOL, 512, 512, POOL, 512, 512, POOL
    };
    private static final int[] CFG_16 = {
        64, 64, POOL, 128, 128, POOL, 256, 256, 256, POOL, 512, 512, 512, POOL, 512, 512, 512, POOL
    };
    private static final int[] CFG_19 = {
        64, 64, POOL, 128, 128, POOL, 256, 256, 256, 256, POOL, 512, 512, 512, 512, POOL, 512, 512,
        512, 512, POOL
    };

    private final Architecture architecture;
    private final Sequential layers = new Sequential();
    private final List<ConvGeometry> geometry = new ArrayList<>();
    private int outChannels;

    private VggFeatures(Architecture architecture) {
        this.architecture = architecture;
    }

    static VggFeatures create(Architecture a, ParameterStore store) {
        int[] cfg =
                switch (a) {
                    case VGG11, VGG11_BN -> CFG_11;
                    case VGG16, VGG16_BN -> CFG_16;
                    case VGG19, VGG19_BN -> CFG_19;
                    default -> throw new IllegalArgumentException(a + " is not a VGG");
                };
        boolean batchNorm = a.id().endsWith("_bn");
        VggFeatures net = new VggFeatures(a);
        int in = 3;
        int index = 0;
        for (int v : cfg) {
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
                            true,
                            WeightInit.kaimingNormalFanOut());
            net.layers.add(conv);
            net.geometry.add(conv.geometry());
            if (batchNorm) {
                net.layers.add(
                        BatchNorm2dLayer.create(
                                store, "features.features." + index++, ParameterGroup.FEATURES, v));
            }
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
