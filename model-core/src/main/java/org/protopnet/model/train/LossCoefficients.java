package org.protopnet.model.train;

/**
 * Weights of the loss terms; the paper's defaults are cross entropy 1, cluster 0.8, separation
 * -0.08 and L1 1e-4 (the average separation is only logged).
 */
public record LossCoefficients(double crossEntropy, double cluster, double separation, double l1) {
    public static final LossCoefficients PAPER = new LossCoefficients(1, 0.8, -0.08, 1e-4);

    /** These weights without the cluster and separation costs: cross entropy and L1 only. */
    public LossCoefficients withoutPrototypeCosts() {
        return new LossCoefficients(crossEntropy, 0, 0, l1);
    }
}
