package org.protopnet.model.explain;

/**
 * Bicubic resizing with OpenCV's {@code INTER_CUBIC} conventions (a = -0.75, half-pixel centres,
 * replicated borders), so upsampled activation maps match the authors' pictures.
 */
final class Bicubic {
    private static final double A = -0.75;

    private Bicubic() {}

    static float[] resize(float[] src, int h, int w, int outH, int outW) {
        float[] tmp = new float[h * outW];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < outW; x++) {
                tmp[y * outW + x] = sample(src, y * w, 1, w, (x + 0.5) * w / outW - 0.5);
            }
        }
        float[] out = new float[outH * outW];
        for (int x = 0; x < outW; x++) {
            for (int y = 0; y < outH; y++) {
                out[y * outW + x] = sample(tmp, x, outW, h, (y + 0.5) * h / outH - 0.5);
            }
        }
        return out;
    }

    /** One 1-D cubic sample of {@code n} values at {@code base + i * step}, at position t. */
    private static float sample(float[] v, int base, int step, int n, double t) {
        int i0 = (int) Math.floor(t);
        double f = t - i0;
        double sum = 0;
        for (int k = -1; k <= 2; k++) {
            int i = Math.max(0, Math.min(n - 1, i0 + k));
            sum += v[base + i * step] * weight(k - f);
        }
        return (float) sum;
    }

    private static double weight(double x) {
        double a = Math.abs(x);
        if (a <= 1) {
            return ((A + 2) * a - (A + 3)) * a * a + 1;
        }
        if (a < 2) {
            return ((A * a - 5 * A) * a + 8 * A) * a - 4 * A;
        }
        return 0;
    }
}
