package org.protopnet.model.nn;

import java.util.Locale;
import org.protopnet.model.ModelException;

/** The authors' two shapes of add-on layers between backbone and prototypes. */
public enum AddOnType {
    /** 1x1 conv to the prototype depth, ReLU, 1x1 conv, sigmoid. */
    REGULAR,
    /** 1x1 conv pairs halving the channels down to the prototype depth, ending in a sigmoid. */
    BOTTLENECK;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The type called {@code id} ({@code regular} or {@code bottleneck}). */
    public static AddOnType fromId(String id) {
        for (AddOnType t : values()) {
            if (t.id().equalsIgnoreCase(id)) {
                return t;
            }
        }
        throw new ModelException(
                "unknown add-on layers type '" + id + "'; known: regular, bottleneck");
    }
}
