package org.protopnet.model.nn;

import java.util.List;

/**
 * The convolutional feature extractor at the bottom of a ProtoPNet, registered under {@code
 * features.} with torchvision's parameter layout.
 */
public interface Backbone extends Layer {
    Architecture architecture();

    /** Channels of the feature map it outputs. */
    int outChannels();

    /**
     * Kernel, stride and padding of every spatial layer on the path from input to output, in order,
     * as the authors' {@code conv_info()} lists them (residual shortcuts excluded).
     */
    List<ConvGeometry> geometry();
}
