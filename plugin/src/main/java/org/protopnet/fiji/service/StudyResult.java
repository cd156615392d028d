package org.protopnet.fiji.service;

import java.util.List;
import org.protopnet.model.explain.Explanation;

/**
 * A study (one file, possibly a multi-frame cine): its per-frame results and the study-level
 * result, whose probabilities are the mean of the frames' probabilities.
 */
public record StudyResult(
        String source,
        List<FrameResult> frames,
        int predicted,
        String predictedClass,
        double[] probabilities) {
    /** Combines the frames of one study (at least one) of a model with {@code classes}. */
    public static StudyResult of(String source, List<FrameResult> frames, List<String> classes) {
        if (frames.isEmpty()) {
            throw new IllegalArgumentException(source + ": a study needs at least one frame");
        }
        Explanation first = frames.get(0).explanation();
        int k = first.probabilities().length;
        double[] mean = new double[k];
        for (FrameResult f : frames) {
            double[] p = f.explanation().probabilities();
            for (int c = 0; c < k; c++) {
                mean[c] += p[c] / frames.size();
            }
        }
        int best = 0;
        for (int c = 1; c < k; c++) {
            if (mean[c] > mean[best]) {
                best = c;
            }
        }
        return new StudyResult(source, List.copyOf(frames), best, classes.get(best), mean);
    }

    /** The frame that speaks most clearly for the study's class: the highest probability of it. */
    public FrameResult keyFrame() {
        FrameResult key = frames.get(0);
        for (FrameResult f : frames) {
            if (f.explanation().probabilities()[predicted]
                    > key.explanation().probabilities()[predicted]) {
                key = f;
            }
        }
        return key;
    }
}
