/**
 * The ProtoPNet network as functional layers over DJL NDArrays, with parameters named and shaped
 * exactly as in torchvision and the authors' code so their weights load 1:1.
 */
package org.protopnet.model.nn;
