package org.protopnet.model.nn;

/**
 * A plain stack of 3x3 convolutions (each optionally followed by BatchNorm, then ReLU) and 2x2
 * max-pools, numbered as one {@code nn.Sequential} ({@code features.features.N}) the way
 * torchvision numbers VGG: the VGG family, and the small CNN.
 */
final class VggStyleFeatures extends AbstractBackbone {
    /** In a configuration, a 2x2 max-pool; any other entry is a convolution's output channels. */
    static final int POOL = -1;

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

    /** Small CNN: 28 px in, 7x7 out. Bias-free convolutions, since BatchNorm follows each. */
    private static final int[] CFG_SMALL = {32, 32, POOL, 64, 64, POOL, 128, 128};

    private VggStyleFeatures(Architecture a) {
        super(a);
    }

    static VggStyleFeatures create(Architecture a, ParameterStore store) {
        return switch (a) {
            case VGG11, VGG11_BN -> build(a, store, CFG_11, a == Architecture.VGG11_BN, true);
            case VGG16, VGG16_BN -> build(a, store, CFG_16, a == Architecture.VGG16_BN, true);
            case VGG19, VGG19_BN -> build(a, store, CFG_19, a == Architecture.VGG19_BN, true);
            case SMALL_CNN -> build(a, store, CFG_SMALL, true, false);
            default -> throw new IllegalArgumentException(a + " is not a plain convolution stack");
        };
    }

    private static VggStyleFeatures build(
            Architecture a, ParameterStore store, int[] cfg, boolean batchNorm, boolean convBias) {
        VggStyleFeatures net = new VggStyleFeatures(a);
        int in = 3;
        int index = 0;
        for (int v : cfg) {
            if (v == POOL) {
                net.layers.add(net.maxPool(2, 2, 0));
                index++;
                continue;
            }
            String name = "features.features.";
            net.layers.add(
                    net.conv(
                            store,
                            name + index++,
                            in,
                            v,
                            3,
                            1,
                            1,
                            convBias,
                            WeightInit.kaimingNormalFanOut()));
            if (batchNorm) {
                net.layers.add(batchNorm(store, name + index++, v));
            }
            net.layers.add(Ops.relu());
            index++;
            in = v;
        }
        net.outChannels = in;
        return net;
    }
}
