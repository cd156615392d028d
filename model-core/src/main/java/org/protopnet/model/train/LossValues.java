package org.protopnet.model.train;

/** Loss terms as numbers, for progress, history and tests. */
public record LossValues(
        double total,
        double crossEntropy,
        double cluster,
        double separation,
        double averageSeparation,
        double l1) {

    public static final LossValues ZERO = new LossValues(0, 0, 0, 0, 0, 0);

    /** {@code this + other * weight}, for running means. */
    public LossValues plus(LossValues o, double weight) {
        return new LossValues(
                total + o.total * weight,
                crossEntropy + o.crossEntropy * weight,
                cluster + o.cluster * weight,
                separation + o.separation * weight,
                averageSeparation + o.averageSeparation * weight,
                l1 + o.l1 * weight);
    }
}
