package org.protopnet.sample;

/**
 * A ground-truth lesion box on one frame, in stored-pixel coordinates; {@code x1}/{@code y1} are
 * exclusive (a row of {@code lesions.csv}).
 */
public record LesionBox(int frame, int x0, int y0, int x1, int y1) {
    /** Checks the box is non-empty. */
    public LesionBox {
        if (x1 <= x0 || y1 <= y0) {
            throw new IllegalArgumentException(
                    "empty lesion box " + x0 + "," + y0 + "," + x1 + "," + y1);
        }
    }

    /** The tight box around the real-valued rectangle, clipped to a {@code w x h} image. */
    public static LesionBox around(
            int frame, double x0, double y0, double x1, double y1, int w, int h) {
        return new LesionBox(
                frame,
                Math.max(0, (int) StrictMath.floor(x0)),
                Math.max(0, (int) StrictMath.floor(y0)),
                Math.min(w, (int) StrictMath.ceil(x1)),
                Math.min(h, (int) StrictMath.ceil(y1)));
    }

    /** Width in pixels. */
    public int width() {
        return x1 - x0;
    }

    /** Height in pixels. */
    public int height() {
        return y1 - y0;
    }
}
