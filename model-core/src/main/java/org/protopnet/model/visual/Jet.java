package org.protopnet.model.visual;

/**
 * The JET colour map (blue, cyan, yellow, red) as OpenCV's {@code COLORMAP_JET}, which the authors
 * use for their heat maps.
 */
public final class Jet {
    private Jet() {}

    /** Packed 0xRRGGBB for {@code v01} in [0, 1] (clamped). */
    public static int rgb(float v01) {
        float v = Float.isNaN(v01) ? 0 : Math.max(0, Math.min(1, v01));
        int r = channel(1.5f - Math.abs(4 * v - 3));
        int g = channel(1.5f - Math.abs(4 * v - 2));
        int b = channel(1.5f - Math.abs(4 * v - 1));
        return (r << 16) | (g << 8) | b;
    }

    private static int channel(float x) {
        return Math.round(255 * Math.max(0, Math.min(1, x)));
    }
}
