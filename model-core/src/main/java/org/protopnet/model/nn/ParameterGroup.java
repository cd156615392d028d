package org.protopnet.model.nn;

/** The four parts of a ProtoPNet whose parameters each training phase trains or freezes. */
public enum ParameterGroup {
    /** The convolutional backbone. */
    FEATURES,
    /** The add-on layers between backbone and prototypes. */
    ADD_ON,
    /** The prototype vectors. */
    PROTOTYPES,
    /** The last (fully connected, bias-free) layer. */
    LAST_LAYER
}
