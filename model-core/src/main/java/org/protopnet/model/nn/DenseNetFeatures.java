package org.protopnet.model.nn;

import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;

/**
 * torchvision's DenseNet-BC {@code features} (conv0, norm0, pool0, dense blocks and transitions,
 * norm5) followed by a ReLU as in the authors' code, registered as {@code features.features.*}.
 */
final class DenseNetFeatures extends AbstractBackbone {
    private static final String P = "features.features.";
    private static final int BN_SIZE = 4;

    private DenseNetFeatures(Architecture architecture) {
        super(architecture);
    }

    static DenseNetFeatures create(
            Architecture a, ParameterStore s, int growth, int initFeatures, int... blockConfig) {
        DenseNetFeatures net = new DenseNetFeatures(a);
        net.layers
                .add(net.conv(s, P + "conv0", 3, initFeatures, 7, 2, 3))
                .add(batchNorm(s, P + "norm0", initFeatures))
                .add(Ops.relu())
                .add(net.maxPool(3, 2, 1));
        int features = initFeatures;
        for (int b = 0; b < blockConfig.length; b++) {
            String block = P + "denseblock" + (b + 1) + ".denselayer";
            for (int i = 0; i < blockConfig[b]; i++) {
                net.layers.add(net.denseLayer(s, block + (i + 1), features, growth));
                features += growth;
            }
            if (b != blockConfig.length - 1) {
                String t = P + "transition" + (b + 1);
                net.layers
                        .add(batchNorm(s, t + ".norm", features))
                        .add(Ops.relu())
                        .add(net.conv(s, t + ".conv", features, features / 2, 1, 1, 0))
                        .add(Ops.avgPool(2, 2));
                net.geometry.add(new ConvGeometry(2, 2, 0));
                features /= 2;
            }
        }
        net.layers.add(batchNorm(s, P + "norm5", features)).add(Ops.relu());
        net.outChannels = features;
        return net;
    }

    private Layer denseLayer(ParameterStore s, String name, int in, int growth) {
        Sequential newFeatures =
                new Sequential()
                        .add(batchNorm(s, name + ".norm1", in))
                        .add(Ops.relu())
                        .add(conv(s, name + ".conv1", in, BN_SIZE * growth, 1, 1, 0))
                        .add(batchNorm(s, name + ".norm2", BN_SIZE * growth))
                        .add(Ops.relu())
                        .add(conv(s, name + ".conv2", BN_SIZE * growth, growth, 3, 1, 1));
        return (x, training) -> NDArrays.concat(new NDList(x, newFeatures.forward(x, training)), 1);
    }

    /**
     * DenseNet's convolutions: bias-free, He-normal with fan-in as torchvision initialises them.
     */
    private Conv2dLayer conv(ParameterStore s, String name, int in, int out, int k, int st, int p) {
        return conv(s, name, in, out, k, st, p, false, WeightInit.kaimingNormalFanIn());
    }
}
