/**
 * Staged ProtoPNet training as in the paper: warm-up (add-on layers and prototypes), joint (plus
 * backbone), push, and last-layer optimisation; losses, optimiser, checkpoints, progress and
 * metrics.
 */
package org.protopnet.model.train;
