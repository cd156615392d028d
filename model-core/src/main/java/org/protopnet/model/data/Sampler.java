package org.protopnet.model.data;

/**
 * Resamples an image through a {@link Homography} from output to source coordinates with bilinear
 * interpolation and replicated borders. With the plain resize map this is exactly PyTorch's {@code
 * interpolate(mode='bilinear', align_corners=False)}.
 */
public final class Sampler {
    private Sampler() {}

    /** The map from an output grid of {@code size} x {@code size} to {@code src}'s pixels. */
    public static Homography resizeMap(RawImage src, int size) {
        double sx = (double) src.width() / size;
        double sy = (double) src.height() / size;
        return Homography.translation(-0.5, -0.5)
                .after(Homography.scale(sx, sy))
                .after(Homography.translation(0.5, 0.5));
    }

    /** Samples {@code src} onto a {@code size} x {@code size} grid through {@code outToSrc}. */
    public static RawImage sample(RawImage src, int size, Homography outToSrc) {
        double[] h = outToSrc.coefficients();
        int c = src.channels();
        int sw = src.width();
        int sh = src.height();
        float[] in = src.pixels();
        float[] out = new float[size * size * c];
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                double w = h[6] * x + h[7] * y + h[8];
                double fx = Math.max(0, (h[0] * x + h[1] * y + h[2]) / w);
                double fy = Math.max(0, (h[3] * x + h[4] * y + h[5]) / w);
                int x0 = Math.min((int) fx, sw - 1);
                int y0 = Math.min((int) fy, sh - 1);
                int x1 = Math.min(x0 + 1, sw - 1);
                int y1 = Math.min(y0 + 1, sh - 1);
                float wx = (float) Math.min(1, fx - x0);
                float wy = (float) Math.min(1, fy - y0);
                int o = (y * size + x) * c;
                for (int k = 0; k < c; k++) {
                    float a = in[(y0 * sw + x0) * c + k];
                    float b = in[(y0 * sw + x1) * c + k];
                    float d = in[(y1 * sw + x0) * c + k];
                    float e = in[(y1 * sw + x1) * c + k];
                    float top = a + (b - a) * wx;
                    float bottom = d + (e - d) * wx;
                    out[o + k] = top + (bottom - top) * wy;
                }
            }
        }
        return new RawImage(size, size, c, out);
    }
}
