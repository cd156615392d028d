package org.protopnet.model.nn;

import ai.djl.ndarray.NDArray;

/**
 * What one forward pass computes for a batch: latent features (N, D, h, w), distance maps (N, P, h,
 * w), their minima (N, P), similarities (N, P) and logits (N, C).
 */
public record ForwardResult(
        NDArray features,
        NDArray distances,
        NDArray minDistances,
        NDArray similarities,
        NDArray logits) {}
