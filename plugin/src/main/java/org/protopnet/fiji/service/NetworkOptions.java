package org.protopnet.fiji.service;

import org.protopnet.model.nn.AddOnType;
import org.protopnet.model.nn.Architecture;
import org.protopnet.model.nn.NetworkSpec;
import org.protopnet.model.nn.SimilarityFunction;

/**
 * The shape of a network to train, as a user states it: backbone, input size, prototypes per class
 * and their depth, add-on layers and similarity function.
 */
public record NetworkOptions(
        Architecture backbone,
        int imageSize,
        int prototypesPerClass,
        int prototypeDepth,
        AddOnType addOn,
        SimilarityFunction activation) {

    /** The network for {@code numClasses} classes. */
    public NetworkSpec spec(int numClasses) {
        return NetworkSpec.evenlySplit(
                backbone,
                imageSize,
                numClasses,
                prototypesPerClass * numClasses,
                prototypeDepth,
                addOn,
                activation);
    }
}
