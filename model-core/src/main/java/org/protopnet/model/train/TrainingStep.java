package org.protopnet.model.train;

/**
 * One step of the schedule: a training epoch of some phase (with its learning rates), or a push.
 * {@code epoch} is the warm-up/joint epoch it belongs to; {@code iteration} numbers the last-layer
 * epochs after a push.
 */
public record TrainingStep(
        Phase phase,
        int epoch,
        int iteration,
        double featuresLr,
        double addOnLr,
        double prototypesLr,
        double lastLayerLr) {

    /** A short label such as {@code joint 7} or {@code last-layer 7.3}. */
    public String label() {
        return switch (phase) {
            case WARM_UP -> "warm-up " + (epoch + 1);
            case JOINT -> "joint " + (epoch + 1);
            case PUSH -> "push after " + (epoch + 1);
            case LAST_LAYER -> "last-layer " + (epoch + 1) + "." + (iteration + 1);
        };
    }
}
