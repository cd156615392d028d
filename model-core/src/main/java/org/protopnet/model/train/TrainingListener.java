package org.protopnet.model.train;

/**
 * Receives a run's progress: the Fiji status bar and the CLI progress bar both implement it. Called
 * on the training thread; implementations hand work to their UI thread themselves.
 */
public interface TrainingListener {
    /** After every batch. */
    default void onBatch(BatchProgress progress) {}

    /** After every step (epoch or push), with its metrics. */
    default void onStepEnd(EpochMetrics metrics) {}

    /** A line worth showing a person (phase changes, checkpoints, push results). */
    default void onMessage(String message) {}

    /** Listens to nothing. */
    TrainingListener NONE = new TrainingListener() {};
}
