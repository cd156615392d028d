package org.protopnet.fiji.service;

/**
 * The classification of one image: where it came from, the predicted class, and the numbers behind
 * it (logits, softmax probabilities, each prototype's minimum distance and similarity).
 */
public record Prediction(
        String source,
        int predicted,
        String predictedClass,
        float[] logits,
        float[] probabilities,
        float[] minDistances,
        float[] similarities) {}
