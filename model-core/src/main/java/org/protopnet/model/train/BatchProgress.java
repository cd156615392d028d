package org.protopnet.model.train;

/**
 * Progress within a training step, reported after each batch: where the run is, the running means
 * of the loss terms and accuracy over the step so far, and the estimated time left.
 */
public record BatchProgress(
        TrainingStep step,
        int stepIndex,
        int stepCount,
        int batch,
        int batches,
        LossValues loss,
        double accuracy,
        double secondsLeft) {}
