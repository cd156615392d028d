/**
 * Explanations ("this looks like that"): per-class score sheets, the activation maps and boxes of
 * the prototypes that drove a prediction, and the training cases those prototypes come from.
 */
package org.protopnet.model.explain;
