package org.protopnet.model.train;

import java.util.EnumSet;
import java.util.Set;
import org.protopnet.model.nn.ParameterGroup;

/** The stages of ProtoPNet training and the parameter groups each one trains. */
public enum Phase {
    /** Backbone frozen: add-on layers and prototypes learn. */
    WARM_UP(EnumSet.of(ParameterGroup.ADD_ON, ParameterGroup.PROTOTYPES)),
    /** Everything but the last layer learns. */
    JOINT(EnumSet.of(ParameterGroup.FEATURES, ParameterGroup.ADD_ON, ParameterGroup.PROTOTYPES)),
    /** Prototypes are projected onto training patches; nothing is trained by gradient. */
    PUSH(EnumSet.noneOf(ParameterGroup.class)),
    /** Only the last layer learns (convex given fixed similarities). */
    LAST_LAYER(EnumSet.of(ParameterGroup.LAST_LAYER));

    private final Set<ParameterGroup> trained;

    Phase(Set<ParameterGroup> trained) {
        this.trained = trained;
    }

    /** The groups this phase changes. */
    public Set<ParameterGroup> trained() {
        return EnumSet.copyOf(trained.isEmpty() ? EnumSet.noneOf(ParameterGroup.class) : trained);
    }
}
