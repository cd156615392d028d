package org.protopnet.model.nn;

import ai.djl.ndarray.NDArray;
import ai.djl.nn.Activation;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * torchvision's ResNet without its pooling and classifier: {@code conv1, bn1, relu, maxpool,
 * layer1..layer4}, with basic blocks (ResNet-18/34) or bottleneck blocks (ResNet-50, stride on the
 * 3x3 convolution as in torchvision 1.5+).
 */
final class ResNetFeatures implements Backbone {
    private static final String P = "features.";
    private final Architecture architecture;
    private final Layer stem;
    private final List<Layer> blocks = new ArrayList<>();
    private final List<ConvGeometry> geometry = new ArrayList<>();
    private int outChannels;

    private ResNetFeatures(Architecture architecture, ParameterStore store) {
        this.architecture = architecture;
        Conv2dLayer conv1 = conv(store, P + "conv1", 3, 64, 7, 2, 3);
        BatchNorm2dLayer bn1 =
                BatchNorm2dLayer.create(store, P + "bn1", ParameterGroup.FEATURES, 64);
        this.stem = new Sequential().add(conv1).add(bn1).add(Ops.relu()).add(Ops.maxPool(3, 2, 1));
        geometry.add(conv1.geometry());
        geometry.add(new ConvGeometry(3, 2, 1));
    }

    static ResNetFeatures basic(Architecture a, ParameterStore store, int... depths) {
        ResNetFeatures net = new ResNetFeatures(a, store);
        int in = 64;
        for (int stage = 0; stage < 4; stage++) {
            int planes = 64 << stage;
            for (int i = 0; i < depths[stage]; i++) {
                int stride = (stage > 0 && i == 0) ? 2 : 1;
                String name = P + "layer" + (stage + 1) + "." + i;
                net.blocks.add(net.basicBlock(store, name, in, planes, stride));
                in = planes;
            }
        }
        net.outChannels = in;
        return net;
    }

    static ResNetFeatures bottleneck(Architecture a, ParameterStore store, int... depths) {
        ResNetFeatures net = new ResNetFeatures(a, store);
        int in = 64;
        for (int stage = 0; stage < 4; stage++) {
            int planes = 64 << stage;
            for (int i = 0; i < depths[stage]; i++) {
                int stride = (stage > 0 && i == 0) ? 2 : 1;
                String name = P + "layer" + (stage + 1) + "." + i;
                net.blocks.add(net.bottleneckBlock(store, name, in, planes, stride));
                in = planes * 4;
            }
        }
        net.outChannels = in;
        return net;
    }

    private Layer basicBlock(ParameterStore s, String name, int in, int planes, int stride) {
        Sequential main =
                new Sequential()
                        .add(track(conv(s, name + ".conv1", in, planes, 3, stride, 1)))
                        .add(bn(s, name + ".bn1", planes))
                        .add(Ops.relu())
                        .add(track(conv(s, name + ".conv2", planes, planes, 3, 1, 1)))
                        .add(bn(s, name + ".bn2", planes));
        return residual(main, shortcut(s, name, in, planes, stride));
    }

    private Layer bottleneckBlock(ParameterStore s, String name, int in, int planes, int stride) {
        int out = planes * 4;
        Sequential main =
                new Sequential()
                        .add(track(conv(s, name + ".conv1", in, planes, 1, 1, 0)))
                        .add(bn(s, name + ".bn1", planes))
                        .add(Ops.relu())
                        .add(track(conv(s, name + ".conv2", planes, planes, 3, stride, 1)))
                        .add(bn(s, name + ".bn2", planes))
                        .add(Ops.relu())
                        .add(track(conv(s, name + ".conv3", planes, out, 1, 1, 0)))
                        .add(bn(s, name + ".bn3", out));
        return residual(main, shortcut(s, name, in, out, stride));
    }

    private static Layer shortcut(ParameterStore s, String name, int in, int out, int stride) {
        if (stride == 1 && in == out) {
            return null;
        }
        return new Sequential()
                .add(conv(s, name + ".downsample.0", in, out, 1, stride, 0))
                .add(bn(s, name + ".downsample.1", out));
    }

    private static Layer residual(Layer main, Layer shortcut) {
        return (x, training) -> {
            NDArray identity = shortcut == null ? x : shortcut.forward(x, training);
            return Activation.relu(main.forward(x, training).add(identity));
        };
    }

    private Conv2dLayer track(Conv2dLayer conv) {
        geometry.add(conv.geometry());
        return conv;
    }

    private static Conv2dLayer conv(
            ParameterStore s, String name, int in, int out, int k, int stride, int pad) {
        return Conv2dLayer.create(
                s,
                name,
                ParameterGroup.FEATURES,
                in,
                out,
                k,
                stride,
                pad,
                false,
                WeightInit.kaimingNormalFanOut());
    }

    private static BatchNorm2dLayer bn(ParameterStore s, String name, int channels) {
        return BatchNorm2dLayer.create(s, name, ParameterGroup.FEATURES, channels);
    }

    @Override
    public NDArray forward(NDArray x, boolean training) {
        NDArray out = stem.forward(x, training);
        for (Layer block : blocks) {
            out = block.forward(out, training);
        }
        return out;
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
