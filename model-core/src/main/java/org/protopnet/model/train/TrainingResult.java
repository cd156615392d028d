package org.protopnet.model.train;

import org.protopnet.model.io.StateDict;

/**
 * The outcome of a run: its full state (history, best step, pushes) and the weights of the selected
 * model (the best validation accuracy among the pushed states).
 */
public record TrainingResult(TrainerState state, StateDict bestWeights) {}
