package org.protopnet.model.explain;

/**
 * One class's score sheet for one image: {@code logit == sum_j similarities[j] * weights[j]}, each
 * term being prototype j's contribution to that class.
 */
public record ScoreSheet(
        int classIndex,
        String className,
        double logit,
        double[] similarities,
        double[] weights,
        double[] contributions) {

    /** The sum of the contributions, which equals the logit up to float rounding. */
    public double total() {
        double s = 0;
        for (double c : contributions) {
            s += c;
        }
        return s;
    }
}
