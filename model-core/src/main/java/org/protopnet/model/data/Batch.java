package org.protopnet.model.data;

/**
 * A batch ready for the network: {@code count} prepared images (count x 3 x S x S, normalised),
 * their labels and their indices in the labelled set.
 */
public record Batch(float[] images, long[] labels, int[] indices, int count, int imageSize) {}
