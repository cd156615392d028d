package org.protopnet.model.explain;

import java.util.List;

/**
 * Why the network predicted what it did for one image: the class, logits and probabilities, the
 * minimum distance to each prototype, a score sheet per class, and the top prototypes' evidence.
 */
public record Explanation(
        int predicted,
        String predictedClass,
        double[] logits,
        double[] probabilities,
        double[] minDistances,
        List<ScoreSheet> sheets,
        List<Evidence> evidence) {
    public Explanation {
        sheets = List.copyOf(sheets);
        evidence = List.copyOf(evidence);
    }
}
