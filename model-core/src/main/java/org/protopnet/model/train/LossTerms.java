package org.protopnet.model.train;

import ai.djl.ndarray.NDArray;

/**
 * The loss of one batch, term by term, as scalar NDArrays; {@code total} is the weighted sum that
 * is back-propagated.
 */
public record LossTerms(
        NDArray total,
        NDArray crossEntropy,
        NDArray cluster,
        NDArray separation,
        NDArray averageSeparation,
        NDArray l1) {

    /** The same terms as plain numbers. */
    public LossValues values() {
        return new LossValues(
                total.getFloat(),
                crossEntropy.getFloat(),
                cluster.getFloat(),
                separation.getFloat(),
                averageSeparation.getFloat(),
                l1.getFloat());
    }
}
