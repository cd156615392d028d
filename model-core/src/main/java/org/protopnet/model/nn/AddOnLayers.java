package org.protopnet.model.nn;

import ai.djl.ndarray.NDArray;

/**
 * The 1x1 convolutions that map backbone features to the prototype space, named {@code
 * add_on_layers.N} exactly as the authors' {@code nn.Sequential} numbers them, ending in a sigmoid
 * so that latent values lie in (0, 1).
 */
public final class AddOnLayers implements Layer {
    private static final String P = "add_on_layers.";
    private final Sequential layers = new Sequential();

    /** Builds the add-on layers from {@code inChannels} down to {@code depth} channels. */
    public static AddOnLayers create(
            ParameterStore store, AddOnType type, int inChannels, int depth) {
        AddOnLayers addOn = new AddOnLayers();
        if (type == AddOnType.REGULAR) {
            addOn.layers.add(conv(store, 0, inChannels, depth)).add(Ops.relu());
            addOn.layers.add(conv(store, 2, depth, depth)).add(Ops.sigmoid());
            return addOn;
        }
        int in = inChannels;
        int index = 0;
        while (in > depth || index == 0) {
            int out = Math.max(depth, in / 2);
            addOn.layers.add(conv(store, index, in, out)).add(Ops.relu());
            addOn.layers.add(conv(store, index + 2, out, out));
            addOn.layers.add(out > depth ? Ops.relu() : Ops.sigmoid());
            index += 4;
            in = in / 2;
        }
        return addOn;
    }

    private static Conv2dLayer conv(ParameterStore store, int index, int in, int out) {
        return Conv2dLayer.create(
                store,
                P + index,
                ParameterGroup.ADD_ON,
                in,
                out,
                1,
                1,
                0,
                true,
                WeightInit.kaimingNormalFanOut());
    }

    @Override
    public NDArray forward(NDArray x, boolean training) {
        return layers.forward(x, training);
    }
}
