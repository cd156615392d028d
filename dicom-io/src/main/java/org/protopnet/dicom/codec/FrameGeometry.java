package org.protopnet.dicom.codec;

/**
 * What a codec needs to know about the frame it decodes.
 *
 * @param rows rows
 * @param columns columns
 * @param samplesPerPixel samples per pixel
 * @param bitsAllocated bits allocated per sample
 * @param bitsStored bits stored per sample
 * @param signed whether samples are two's complement
 */
public record FrameGeometry(
        int rows,
        int columns,
        int samplesPerPixel,
        int bitsAllocated,
        int bitsStored,
        boolean signed) {

    /** Samples in one frame. */
    public int samples() {
        return rows * columns * samplesPerPixel;
    }
}
