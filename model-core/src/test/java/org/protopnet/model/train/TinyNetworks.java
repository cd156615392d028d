package org.protopnet.model.train;

import org.protopnet.model.nn.AddOnType;
import org.protopnet.model.nn.Architecture;
import org.protopnet.model.nn.NetworkSpec;
import org.protopnet.model.nn.SimilarityFunction;

/** The small networks the training tests build: the small CNN at 32 px, regular add-on, log. */
final class TinyNetworks {
    private TinyNetworks() {}

    static NetworkSpec smallCnn(int classes, int prototypes, int depth) {
        return NetworkSpec.evenlySplit(
                Architecture.SMALL_CNN,
                32,
                classes,
                prototypes,
                depth,
                AddOnType.REGULAR,
                SimilarityFunction.LOG);
    }
}
