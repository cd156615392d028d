package org.protopnet.sample.xray;

import org.protopnet.sample.Rng;
import org.protopnet.sample.raster.Raster;

/**
 * A long bone seen side-on: a soft-tissue sleeve and a shaft (bright cortex, fainter medulla)
 * widening towards a joint at one end, tilted; sometimes a nutrient canal, the fracture's
 * look-alike.
 */
final class LimbAnatomy {
    private double cx;
    private double cy;
    private double sin;
    private double cos;
    private double soft;
    private double shaft;
    private double joint;
    private Raster bone;

    private LimbAnatomy() {}

    /** Paints a limb on {@code r} and returns its geometry. */
    static LimbAnatomy paint(Raster r, Rng rng) {
        int w = r.width();
        int h = r.height();
        LimbAnatomy a = new LimbAnatomy();
        double angle = rng.uniform(-0.3, 0.3);
        a.sin = StrictMath.sin(angle);
        a.cos = StrictMath.cos(angle);
        a.cx = w / 2.0 + rng.uniform(-0.08, 0.08) * w;
        a.cy = h / 2.0;
        a.soft = rng.uniform(0.28, 0.36) * w;
        a.shaft = rng.uniform(0.085, 0.11) * w;
        a.joint = rng.pick(-1.0, 1.0) * rng.uniform(0.5, 0.6) * h;
        double phase = rng.uniform(0, 6.28);
        Raster texture = Raster.smoothNoise(w, h, rng, 1.2);
        a.bone = new Raster(w, h);
        r.fill(0.03f);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                double u = a.across(x, y);
                double t = a.along(x, y);
                double hs = a.soft * (1 + 0.08 * StrictMath.sin(t / h * 3 + phase));
                double tissue = 0.3 * ramp((hs - Math.abs(u)) / 3);
                double hb = a.halfWidth(t);
                double ct = 0.35 * a.shaft;
                double inside = ramp((hb - Math.abs(u)) / 1.2);
                double cortex = ramp((Math.abs(u) - (hb - ct)) / 1.2) * inside;
                double b = inside * (0.2 + 0.03 * texture.get(x, y)) + 0.27 * cortex;
                a.bone.set(x, y, (float) b);
                r.set(x, y, (float) (r.get(x, y) + tissue + b));
            }
        }
        if (rng.chance(0.5)) {
            double t = rng.uniform(-0.3, 0.3) * h;
            double side = rng.pick(-1.0, 1.0);
            double hb = a.halfWidth(t);
            double[] p = a.point(t, side * (hb - 0.17 * a.shaft));
            double[] q = a.point(t + side * 0.25 * a.shaft + 0.6 * a.shaft, side * hb);
            r.addSegment(p[0], p[1], q[0], q[1], 0.4, -0.08, 0.8);
        }
        return a;
    }

    /** Bone density (medulla plus cortex) at each pixel, for confining a fracture to bone. */
    Raster bone() {
        return bone;
    }

    /** Shaft half-width at distance {@code t} along the axis from the image centre. */
    double halfWidth(double t) {
        double z = (t - joint) / (0.12 * 2 * cy);
        return shaft * (1 + 0.7 * StrictMath.exp(-z * z));
    }

    /** Soft-tissue half-width (without its waviness). */
    double softHalfWidth() {
        return soft;
    }

    /** Distance along the axis from the image centre at which the joint widening peaks. */
    double joint() {
        return joint;
    }

    /** Image coordinates of the point {@code t} along the axis and {@code u} across it. */
    double[] point(double t, double u) {
        return new double[] {cx + u * cos + t * sin, cy - u * sin + t * cos};
    }

    /** Unit vector along the axis (x, y). */
    double[] axis() {
        return new double[] {sin, cos};
    }

    private double across(double x, double y) {
        return (x - cx) * cos - (y - cy) * sin;
    }

    private double along(double x, double y) {
        return (x - cx) * sin + (y - cy) * cos;
    }

    private static double ramp(double t) {
        double u = Math.max(0, Math.min(1, t + 0.5));
        return u * u * (3 - 2 * u);
    }
}
