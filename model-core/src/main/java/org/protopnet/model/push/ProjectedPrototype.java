package org.protopnet.model.push;

/**
 * Where push put one prototype: its class, the training image (index into the labelled set and its
 * source) whose latent patch at (h, w) it now equals, and the distance before the move.
 */
public record ProjectedPrototype(
        int prototype,
        int prototypeClass,
        int imageIndex,
        String source,
        int h,
        int w,
        double distance) {}
