package org.protopnet.model.train;

import java.util.ArrayList;
import java.util.List;
import org.protopnet.model.push.PushResult;

/**
 * Where a run stands, saved in every checkpoint: steps finished, metrics so far, the best
 * validation accuracy among selectable steps, and the pushes behind the current and best weights.
 */
public final class TrainerState {
    int completedSteps;
    double bestValidationAccuracy = Double.NEGATIVE_INFINITY;
    int bestStep = -1;
    int dataSize;
    List<String> classNames = List.of();
    List<EpochMetrics> history = new ArrayList<>();
    PushResult lastPush;
    PushResult bestPush;

    public int completedSteps() {
        return completedSteps;
    }

    public List<EpochMetrics> history() {
        return List.copyOf(history);
    }

    public double bestValidationAccuracy() {
        return bestValidationAccuracy;
    }

    /** Index of the step whose weights are the selected model, or -1. */
    public int bestStep() {
        return bestStep;
    }

    public PushResult bestPush() {
        return bestPush;
    }
}
