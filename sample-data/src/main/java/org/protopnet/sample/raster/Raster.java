package org.protopnet.sample.raster;

import org.protopnet.sample.Rng;

/**
 * A single-channel float image, row-major, with soft-edged drawing so that downsampled lesions keep
 * their shape; the synthetic radiographs and sonograms are painted on these.
 *
 * <pre>{@code
 * Raster r = new Raster(128, 128);
 * r.addEllipse(64, 64, 10, 8, 0, 0.2, 1.5);   // a soft blob of +0.2
 * r.blur(0.8);
 * }</pre>
 */
public final class Raster {
    private final int width;
    private final int height;
    private final float[] v;

    /** A zero image of {@code width x height}. */
    public Raster(int width, int height) {
        this.width = width;
        this.height = height;
        this.v = new float[width * height];
    }

    // -- Access --

    /** Width in pixels. */
    public int width() {
        return width;
    }

    /** Height in pixels. */
    public int height() {
        return height;
    }

    /** The live row-major values. */
    public float[] data() {
        return v;
    }

    /** The value at ({@code x}, {@code y}). */
    public float get(int x, int y) {
        return v[y * width + x];
    }

    /** Sets the value at ({@code x}, {@code y}). */
    public void set(int x, int y, float value) {
        v[y * width + x] = value;
    }

    /** Fills every pixel with {@code value}. */
    public void fill(float value) {
        java.util.Arrays.fill(v, value);
    }

    // -- Drawing --

    /**
     * Adds {@code amplitude} inside the ellipse centred at ({@code cx}, {@code cy}) with radii
     * {@code rx}, {@code ry} rotated by {@code angle} radians, fading out over {@code edge} pixels.
     */
    public void addEllipse(
            double cx, double cy, double rx, double ry, double angle, double amp, double edge) {
        double c = StrictMath.cos(angle);
        double s = StrictMath.sin(angle);
        double reach = Math.max(rx, ry) + edge + 1;
        for (int y = clampY(cy - reach); y <= clampY(cy + reach); y++) {
            for (int x = clampX(cx - reach); x <= clampX(cx + reach); x++) {
                double dx = x - cx;
                double dy = y - cy;
                double u = (dx * c + dy * s) / rx;
                double w = (-dx * s + dy * c) / ry;
                double rho = StrictMath.sqrt(u * u + w * w);
                double dist = (rho - 1) * Math.min(rx, ry);
                v[y * width + x] += (float) (amp * ramp(-dist / edge));
            }
        }
    }

    /**
     * Adds {@code amp} along the segment from ({@code x0}, {@code y0}) to ({@code x1}, {@code y1})
     * within {@code halfWidth} pixels, fading out over {@code edge} pixels.
     */
    public void addSegment(
            double x0, double y0, double x1, double y1, double halfWidth, double amp, double edge) {
        double reach = halfWidth + edge + 1;
        double dx = x1 - x0;
        double dy = y1 - y0;
        double len2 = Math.max(1e-9, dx * dx + dy * dy);
        for (int y = clampY(Math.min(y0, y1) - reach); y <= clampY(Math.max(y0, y1) + reach); y++) {
            for (int x = clampX(Math.min(x0, x1) - reach);
                    x <= clampX(Math.max(x0, x1) + reach);
                    x++) {
                double t = Math.max(0, Math.min(1, ((x - x0) * dx + (y - y0) * dy) / len2));
                double ex = x - (x0 + t * dx);
                double ey = y - (y0 + t * dy);
                double dist = StrictMath.sqrt(ex * ex + ey * ey) - halfWidth;
                v[y * width + x] += (float) (amp * ramp(-dist / edge));
            }
        }
    }

    /** Adds {@code other} times {@code scale}, pixel by pixel. */
    public void add(Raster other, double scale) {
        for (int i = 0; i < v.length; i++) {
            v[i] += (float) (scale * other.v[i]);
        }
    }

    /** Multiplies pixel by pixel by {@code other}. */
    public void multiply(Raster other) {
        for (int i = 0; i < v.length; i++) {
            v[i] *= other.v[i];
        }
    }

    /** Adds zero-mean Gaussian noise of standard deviation {@code sigma}. */
    public void addNoise(Rng rng, double sigma) {
        for (int i = 0; i < v.length; i++) {
            v[i] += (float) (sigma * rng.gaussian());
        }
    }

    /** Blurs with a separable Gaussian of {@code sigma} pixels (edges clamped). */
    public void blur(double sigma) {
        blur(sigma, sigma);
    }

    /** Blurs with separable Gaussians of {@code sx} and {@code sy} pixels (edges clamped). */
    public void blur(double sx, double sy) {
        pass(kernel(sx), true);
        pass(kernel(sy), false);
    }

    // -- Factories --

    /** Smooth random field with zero mean and unit standard deviation, correlated over sigma px. */
    public static Raster smoothNoise(int width, int height, Rng rng, double sigma) {
        Raster r = new Raster(width, height);
        r.addNoise(rng, 1);
        r.blur(sigma);
        double sum = 0;
        double sq = 0;
        for (float f : r.v) {
            sum += f;
            sq += (double) f * f;
        }
        double mean = sum / r.v.length;
        double sd = StrictMath.sqrt(Math.max(1e-12, sq / r.v.length - mean * mean));
        for (int i = 0; i < r.v.length; i++) {
            r.v[i] = (float) ((r.v[i] - mean) / sd);
        }
        return r;
    }

    // -- Helper methods --

    /** 0 below -0.5, 1 above 0.5, smooth in between. */
    static double ramp(double t) {
        double u = Math.max(0, Math.min(1, t + 0.5));
        return u * u * (3 - 2 * u);
    }

    private int clampX(double x) {
        return (int) Math.max(0, Math.min(width - 1, StrictMath.floor(x)));
    }

    private int clampY(double y) {
        return (int) Math.max(0, Math.min(height - 1, StrictMath.floor(y)));
    }

    private static double[] kernel(double sigma) {
        if (sigma <= 0) {
            return new double[] {1};
        }
        int r = (int) StrictMath.ceil(3 * sigma);
        double[] k = new double[2 * r + 1];
        double sum = 0;
        for (int i = -r; i <= r; i++) {
            k[i + r] = StrictMath.exp(-0.5 * i * i / (sigma * sigma));
            sum += k[i + r];
        }
        for (int i = 0; i < k.length; i++) {
            k[i] /= sum;
        }
        return k;
    }

    private void pass(double[] k, boolean horizontal) {
        if (k.length == 1) {
            return;
        }
        int r = k.length / 2;
        float[] out = new float[v.length];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                double acc = 0;
                for (int i = -r; i <= r; i++) {
                    int xx = horizontal ? Math.max(0, Math.min(width - 1, x + i)) : x;
                    int yy = horizontal ? y : Math.max(0, Math.min(height - 1, y + i));
                    acc += k[i + r] * v[yy * width + xx];
                }
                out[y * width + x] = (float) acc;
            }
        }
        System.arraycopy(out, 0, v, 0, v.length);
    }
}
