package org.protopnet.fiji.render;

import java.awt.image.BufferedImage;
import java.util.List;
import org.protopnet.model.explain.ActivationMap;

/**
 * Blends similarity maps onto an image as a JET heat map: each map is normalised to [0, 1] and
 * weighted, the strongest wins per pixel, and the colour is blended with an opacity that grows with
 * the value, so that where no prototype matches the image stays as it was (a clinician still sees
 * the anatomy) and where one matches strongly it glows red.
 */
public final class HeatLayer {
    /** Opacity at the strongest match. */
    static final double MAX_ALPHA = 0.6;

    /** Normalised values below this get no colour. */
    static final double FLOOR = 0.45;

    private HeatLayer() {}

    /**
     * Blends the maps (at model-input resolution, bilinearly resampled to the image) onto a copy of
     * {@code image}; {@code weights[k]} in [0, 1] scales map k.
     */
    public static BufferedImage blend(
            BufferedImage image, List<ActivationMap> maps, double[] weights) {
        int w = image.getWidth();
        int h = image.getHeight();
        float[] heat = new float[w * h];
        for (int k = 0; k < maps.size(); k++) {
            ActivationMap m = maps.get(k);
            float[] v = m.values();
            float lo = Float.POSITIVE_INFINITY;
            float hi = Float.NEGATIVE_INFINITY;
            for (float f : v) {
                lo = Math.min(lo, f);
                hi = Math.max(hi, f);
            }
            float range = hi - lo;
            if (!(range > 0) || weights[k] <= 0) {
                continue;
            }
            for (int y = 0; y < h; y++) {
                double sy = (y + 0.5) * m.height() / h - 0.5;
                for (int x = 0; x < w; x++) {
                    double sx = (x + 0.5) * m.width() / w - 0.5;
                    float val = (float) ((sample(m, sx, sy) - lo) / range * weights[k]);
                    if (val > heat[y * w + x]) {
                        heat[y * w + x] = val;
                    }
                }
            }
        }
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                float v = heat[y * w + x];
                int base = image.getRGB(x, y);
                // below FLOOR nothing matches: leave the anatomy untouched
                double a = MAX_ALPHA * Math.max(0, (v - FLOOR) / (1 - FLOOR));
                int jet = jet(v);
                out.setRGB(x, y, mix(base, jet, a));
            }
        }
        return out;
    }

    /** The JET colour map (blue, cyan, yellow, red) at {@code v} in [0, 1], as 0xRRGGBB. */
    public static int jet(float v) {
        double t = Math.max(0, Math.min(1, v));
        int r = channel(1.5 - Math.abs(4 * t - 3));
        int g = channel(1.5 - Math.abs(4 * t - 2));
        int b = channel(1.5 - Math.abs(4 * t - 1));
        return (r << 16) | (g << 8) | b;
    }

    private static int channel(double v) {
        return (int) Math.round(255 * Math.max(0, Math.min(1, v)));
    }

    private static int mix(int a, int b, double t) {
        int r = (int) Math.round(((a >> 16) & 255) * (1 - t) + ((b >> 16) & 255) * t);
        int g = (int) Math.round(((a >> 8) & 255) * (1 - t) + ((b >> 8) & 255) * t);
        int bl = (int) Math.round((a & 255) * (1 - t) + (b & 255) * t);
        return (r << 16) | (g << 8) | bl;
    }

    private static double sample(ActivationMap m, double x, double y) {
        int w = m.width();
        int h = m.height();
        x = Math.max(0, Math.min(w - 1, x));
        y = Math.max(0, Math.min(h - 1, y));
        int x0 = (int) x;
        int y0 = (int) y;
        int x1 = Math.min(x0 + 1, w - 1);
        int y1 = Math.min(y0 + 1, h - 1);
        double fx = x - x0;
        double fy = y - y0;
        float[] v = m.values();
        double top = v[y0 * w + x0] * (1 - fx) + v[y0 * w + x1] * fx;
        double bottom = v[y1 * w + x0] * (1 - fx) + v[y1 * w + x1] * fx;
        return top * (1 - fy) + bottom * fy;
    }
}
