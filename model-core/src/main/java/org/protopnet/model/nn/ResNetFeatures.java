package org.protopnet.model.nn;

import ai.djl.ndarray.NDArray;
import ai.djl.nn.Activation;

/**
 * torchvision's ResNet without its pooling and classifier: {@code conv1, bn1, relu, maxpool,
 * layer1..layer4}, with basic blocks (ResNet-18/34) or bottleneck blocks (ResNet-50, stride on the
 * 3x3 convolution as in torchvision 1.5+). Shortcut convolutions are left out of the geometry, as
 * in the authors' {@code conv_info()}.
 */
final class ResNetFeatures extends AbstractBackbone {
    private static final String P = "features.";

    /** Builds one residual block {@code name} from {@code in} channels with {@code planes}. */
    @FunctionalInterface
    private interface BlockBuilder {
        Layer build(
                ResNetFeatures net, ParameterStore s, String name, int in, int planes, int stride);
    }

    private ResNetFeatures(Architecture architecture, ParameterStore store) {
        super(architecture);
        layers.add(conv(store, P + "conv1", 3, 64, 7, 2, 3))
                .add(batchNorm(store, P + "bn1", 64))
                .add(Ops.relu())
                .add(maxPool(3, 2, 1));
    }

    static ResNetFeatures basic(Architecture a, ParameterStore store, int... depths) {
        return build(a, store, 1, ResNetFeatures::basicBlock, depths);
    }

    static ResNetFeatures bottleneck(Architecture a, ParameterStore store, int... depths) {
        return build(a, store, 4, ResNetFeatures::bottleneckBlock, depths);
    }

    private static ResNetFeatures build(
            Architecture a,
            ParameterStore store,
            int expansion,
            BlockBuilder block,
            int... depths) {
        ResNetFeatures net = new ResNetFeatures(a, store);
        int in = 64;
        for (int stage = 0; stage < 4; stage++) {
            int planes = 64 << stage;
            for (int i = 0; i < depths[stage]; i++) {
                int stride = (stage > 0 && i == 0) ? 2 : 1;
                String name = P + "layer" + (stage + 1) + "." + i;
                net.layers.add(block.build(net, store, name, in, planes, stride));
                in = planes * expansion;
            }
        }
        net.outChannels = in;
        return net;
    }

    private Layer basicBlock(ParameterStore s, String name, int in, int planes, int stride) {
        Sequential main =
                new Sequential()
                        .add(conv(s, name + ".conv1", in, planes, 3, stride, 1))
                        .add(batchNorm(s, name + ".bn1", planes))
                        .add(Ops.relu())
                        .add(conv(s, name + ".conv2", planes, planes, 3, 1, 1))
                        .add(batchNorm(s, name + ".bn2", planes));
        return residual(main, shortcut(s, name, in, planes, stride));
    }

    private Layer bottleneckBlock(ParameterStore s, String name, int in, int planes, int stride) {
        int out = planes * 4;
        Sequential main =
                new Sequential()
                        .add(conv(s, name + ".conv1", in, planes, 1, 1, 0))
                        .add(batchNorm(s, name + ".bn1", planes))
                        .add(Ops.relu())
                        .add(conv(s, name + ".conv2", planes, planes, 3, stride, 1))
                        .add(batchNorm(s, name + ".bn2", planes))
                        .add(Ops.relu())
                        .add(conv(s, name + ".conv3", planes, out, 1, 1, 0))
                        .add(batchNorm(s, name + ".bn3", out));
        return residual(main, shortcut(s, name, in, out, stride));
    }

    /** The 1x1 projection shortcut where shape changes (not part of the receptive-field path). */
    private static Layer shortcut(ParameterStore s, String name, int in, int out, int stride) {
        if (stride == 1 && in == out) {
            return null;
        }
        return new Sequential()
                .add(
                        Conv2dLayer.create(
                                s,
                                name + ".downsample.0",
                                ParameterGroup.FEATURES,
                                in,
                                out,
                                1,
                                stride,
                                0,
                                false,
                                WeightInit.kaimingNormalFanOut()))
                .add(batchNorm(s, name + ".downsample.1", out));
    }

    private static Layer residual(Layer main, Layer shortcut) {
        return (x, training) -> {
            NDArray identity = shortcut == null ? x : shortcut.forward(x, training);
            return Activation.relu(main.forward(x, training).add(identity));
        };
    }

    /** torchvision's ResNet convolutions: bias-free, He-normal with fan-out. */
    private Conv2dLayer conv(
            ParameterStore s, String name, int in, int out, int k, int stride, int pad) {
        return conv(s, name, in, out, k, stride, pad, false, WeightInit.kaimingNormalFanOut());
    }
}
