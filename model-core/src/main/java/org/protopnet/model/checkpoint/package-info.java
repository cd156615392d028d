/**
 * Training checkpoints: after every step, a complete model bundle plus the trainer's state and
 * optimiser moments, written atomically so {@code --resume} survives a kill at any moment.
 */
package org.protopnet.model.checkpoint;
