package org.protopnet.model.data;

/**
 * Bilinear resizing with PyTorch's {@code F.interpolate(mode='bilinear', align_corners=False)}
 * arithmetic and no antialiasing, so that inputs match what the authors' preprocessing feeds the
 * network.
 */
public final class Resize {
    private Resize() {}

    /** {@code image} resized to {@code size} x {@code size} (aspect ratio not kept). */
    public static RawImage bilinear(RawImage image, int size) {
        return bilinear(image, size, size);
    }

    /** {@code image} resized to {@code width} x {@code height}. */
    public static RawImage bilinear(RawImage image, int width, int height) {
        if (image.width() == width && image.height() == height) {
            return image;
        }
        int c = image.channels();
        float[] out = new float[width * height * c];
        float[] src = image.pixels();
        int sw = image.width();
        int sh = image.height();
        double scaleX = (double) sw / width;
        double scaleY = (double) sh / height;
        for (int y = 0; y < height; y++) {
            double fy = Math.max(0, (y + 0.5) * scaleY - 0.5);
            int y0 = Math.min((int) fy, sh - 1);
            int y1 = Math.min(y0 + 1, sh - 1);
            float wy = (float) (fy - y0);
            for (int x = 0; x < width; x++) {
                double fx = Math.max(0, (x + 0.5) * scaleX - 0.5);
                int x0 = Math.min((int) fx, sw - 1);
                int x1 = Math.min(x0 + 1, sw - 1);
                float wx = (float) (fx - x0);
                for (int k = 0; k < c; k++) {
                    float top = lerp(src[(y0 * sw + x0) * c + k], src[(y0 * sw + x1) * c + k], wx);
                    float bottom =
                            lerp(src[(y1 * sw + x0) * c + k], src[(y1 * sw + x1) * c + k], wx);
                    out[(y * width + x) * c + k] = lerp(top, bottom, wy);
                }
            }
        }
        return new RawImage(width, height, c, out);
    }

    private static float lerp(float a, float b, float t) {
        return a + (b - a) * t;
    }
}
