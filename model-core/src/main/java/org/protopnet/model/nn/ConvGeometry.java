package org.protopnet.model.nn;

/**
 * Kernel size, stride and padding of one spatial layer (convolution or pooling), the facts the
 * receptive-field arithmetic needs to map a latent patch back to the input image.
 */
public record ConvGeometry(int kernel, int stride, int padding) {}
