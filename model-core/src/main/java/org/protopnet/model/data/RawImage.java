package org.protopnet.model.data;

/**
 * Decoded pixels scaled to [0, 1], interleaved (row-major, channels last), with 1 (grey) or 3 (RGB)
 * channels: the common currency between image readers and the model's preprocessing.
 */
public record RawImage(int width, int height, int channels, float[] pixels) {
    public RawImage {
        if (channels != 1 && channels != 3) {
            throw new IllegalArgumentException("1 or 3 channels, got " + channels);
        }
        if ((long) width * height * channels != pixels.length) {
            throw new IllegalArgumentException(
                    pixels.length + " values for " + width + "x" + height + "x" + channels);
        }
    }

    /** The value at column x, row y, channel c. */
    public float get(int x, int y, int c) {
        return pixels[(y * width + x) * channels + c];
    }
}
