package org.protopnet.model.explain;

import org.protopnet.model.push.PrototypeRecord;

/**
 * One prototype's evidence for the predicted class: how similar the image's best patch is to it,
 * its last-layer weight and their product (its contribution to the logit), where in the image it
 * was found (activation map and 95th-percentile box, model-input coordinates), and the training
 * case it comes from ({@code source}, null when the bundle has no prototype catalog).
 */
public record Evidence(
        int rank,
        int prototype,
        int prototypeClass,
        String prototypeClassName,
        double similarity,
        double weight,
        double contribution,
        ActivationMap activation,
        Box box,
        PrototypeRecord source) {}
