/**
 * Push (prototype projection): every prototype is moved onto the nearest latent patch of an
 * unaugmented training image of its own class, so that it is a real part of a real case.
 */
package org.protopnet.model.push;
