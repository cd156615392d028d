/**
 * The model bundle ({@code *.protopnet}): one zip holding the network description, its
 * preprocessing, class names, weights, training settings and history, checked on loading.
 */
package org.protopnet.model.bundle;
