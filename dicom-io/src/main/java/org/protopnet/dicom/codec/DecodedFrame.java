package org.protopnet.dicom.codec;

/**
 * One decoded frame: interleaved samples (rows × columns × samples) and whether the codec converted
 * colour to RGB on the way.
 *
 * @param samples raw sample values, pixel by pixel, samples interleaved
 * @param convertedToRgb whether a colour transform (YCbCr, RCT, ICT) was undone by the codec
 */
public record DecodedFrame(int[] samples, boolean convertedToRgb) {}
