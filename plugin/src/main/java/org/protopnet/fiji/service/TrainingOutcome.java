package org.protopnet.fiji.service;

import java.nio.file.Path;
import java.util.List;
import org.protopnet.model.train.EpochMetrics;

/**
 * What a finished run produced: the model file, its history, the selected step, and accuracies
 * (validation and test of the selected model, test also just before the push it came from; NaN
 * where the data has no test split).
 */
public record TrainingOutcome(
        Path model,
        Path historyCsv,
        Path curvePng,
        List<EpochMetrics> history,
        String selectedStep,
        double validationAccuracy,
        double testAccuracy,
        double testAccuracyBeforePush,
        double seconds) {}
