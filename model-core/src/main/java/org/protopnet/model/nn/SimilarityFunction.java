package org.protopnet.model.nn;

import ai.djl.ndarray.NDArray;
import java.util.Locale;
import org.protopnet.model.ModelException;

/** How a squared L2 distance becomes the similarity the last layer weighs. */
public enum SimilarityFunction {
    /** {@code log((d + 1) / (d + epsilon))}: large for near-zero distances. */
    LOG,
    /** {@code -d}. */
    LINEAR;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The function called {@code id} ({@code log} or {@code linear}). */
    public static SimilarityFunction fromId(String id) {
        for (SimilarityFunction f : values()) {
            if (f.id().equalsIgnoreCase(id)) {
                return f;
            }
        }
        throw new ModelException(
                "unknown prototype activation function '" + id + "'; known: log, linear");
    }

    /** Applies the function element-wise to {@code distances}. */
    public NDArray apply(NDArray distances, float epsilon) {
        if (this == LINEAR) {
            return distances.neg();
        }
        return distances.add(1f).div(distances.add(epsilon)).log();
    }

    /** The same function on one number. */
    public double apply(double distance, double epsilon) {
        return this == LINEAR ? -distance : Math.log((distance + 1) / (distance + epsilon));
    }
}
