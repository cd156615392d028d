package org.protopnet.model.train;

/**
 * The record of one finished step: training loss and accuracy (NaN for a push), validation accuracy
 * and loss, and wall time.
 */
public record EpochMetrics(
        int stepIndex,
        TrainingStep step,
        LossValues trainLoss,
        double trainAccuracy,
        LossValues validationLoss,
        double validationAccuracy,
        double seconds,
        double testAccuracy) {}
