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
        return isAxisAligned(h) ? sampleAxisAligned(src, size, h) : sampleProjective(src, size, h);
    }

    /**
     * Scale and translation only (a plain resize): each output column reads the same source columns
     * on every row, and each row the same source rows.
     */
    static boolean isAxisAligned(double[] h) {
        return h[1] == 0 && h[3] == 0 && h[6] == 0 && h[7] == 0 && h[8] == 1;
    }

    /**
     * The resize path, several times faster than {@link #sampleProjective}: the source position of
     * each column and each row is computed once, by the same expressions, so the pixels are
     * identical to the projective path's.
     */
    static RawImage sampleAxisAligned(RawImage src, int size, double[] h) {
        Taps cols = new Taps(size);
        Taps rows = new Taps(size);
        for (int i = 0; i < size; i++) {
            cols.set(i, sourceX(h, i, 0, depth(h, i, 0)), src.width());
            rows.set(i, sourceY(h, 0, i, depth(h, 0, i)), src.height());
        }
        int c = src.channels();
        float[] out = new float[size * size * c];
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                int o = (y * size + x) * c;
                blend(src, cols, x, rows, y, out, o);
            }
        }
        return new RawImage(size, size, c, out);
    }

    /** Any homography: source coordinates per pixel. */
    static RawImage sampleProjective(RawImage src, int size, double[] h) {
        int c = src.channels();
        float[] out = new float[size * size * c];
        Taps col = new Taps(1);
        Taps row = new Taps(1);
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                double w = depth(h, x, y);
                col.set(0, sourceX(h, x, y, w), src.width());
                row.set(0, sourceY(h, x, y, w), src.height());
                blend(src, col, 0, row, 0, out, (y * size + x) * c);
            }
        }
        return new RawImage(size, size, c, out);
    }

    /** The homogeneous coordinate of output pixel (x, y); 1 for an affine map. */
    private static double depth(double[] h, int x, int y) {
        return h[6] * x + h[7] * y + h[8];
    }

    private static double sourceX(double[] h, int x, int y, double w) {
        return Math.max(0, (h[0] * x + h[1] * y + h[2]) / w);
    }

    private static double sourceY(double[] h, int x, int y, double w) {
        return Math.max(0, (h[3] * x + h[4] * y + h[5]) / w);
    }

    /** For each output position along one axis: the two source indices and the weight between. */
    private static final class Taps {
        final int[] low;
        final int[] high;
        final float[] weight;

        Taps(int n) {
            low = new int[n];
            high = new int[n];
            weight = new float[n];
        }

        /** Replicated borders: positions past the last pixel read the last pixel. */
        void set(int i, double f, int extent) {
            int l = Math.min((int) f, extent - 1);
            low[i] = l;
            high[i] = Math.min(l + 1, extent - 1);
            weight[i] = (float) Math.min(1, f - l);
        }
    }

    /** Bilinear blend of the four source pixels of output pixel (x, y), every channel. */
    private static void blend(
            RawImage src, Taps cols, int x, Taps rows, int y, float[] out, int o) {
        float[] in = src.pixels();
        int c = src.channels();
        int sw = src.width();
        int x0 = cols.low[x];
        int x1 = cols.high[x];
        int y0 = rows.low[y];
        int y1 = rows.high[y];
        float wx = cols.weight[x];
        float wy = rows.weight[y];
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
