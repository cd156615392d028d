package org.protopnet.model.nn;

import ai.djl.ndarray.NDArray;

/** One step of the network's forward pass over a batch laid out (N, C, H, W). */
@FunctionalInterface
public interface Layer {
    /**
     * @param x the input batch
     * @param training true while training: BatchNorm then uses and updates batch statistics
     */
    NDArray forward(NDArray x, boolean training);
}
