package org.protopnet.sample.xray;

import org.protopnet.sample.Rng;
import org.protopnet.sample.raster.Raster;

/**
 * A PA chest: torso, two lung fields with diaphragm domes, heart, mediastinum, spine, ribs,
 * clavicles and lung vessels (some seen end-on as small dots, the nodule's look-alikes).
 */
final class ChestAnatomy {
    /** Ribs per side. */
    static final int RIBS = 9;

    /**
     * A straight piece of bone as painted: from its medial end ({@code x0}, {@code y0}) to ( {@code
     * x1}, {@code y1}), {@code halfWidth} px, density {@code amp}, soft edge {@code edge} px (see
     * {@link Raster#addSegment}).
     */
    record Bone(
            double x0, double y0, double x1, double y1, double halfWidth, double amp, double edge) {
        /** Paints this bone on {@code r} with {@code scale} times its density. */
        void paint(Raster r, double scale) {
            r.addSegment(x0, y0, x1, y1, halfWidth, amp * scale, edge);
        }
    }

    private final Bone[] clavicles = new Bone[2];
    private final Bone[][] ribs = new Bone[2][RIBS];
    private final double[] cx = new double[2];
    private final double[] cy = new double[2];
    private final double[] rx = new double[2];
    private final double[] ry = new double[2];

    private ChestAnatomy() {}

    /** Paints a chest on {@code r} and returns where its lungs are. */
    static ChestAnatomy paint(Raster r, Rng rng) {
        int w = r.width();
        int h = r.height();
        ChestAnatomy a = new ChestAnatomy();
        double sx = rng.uniform(-0.04, 0.04) * w;
        double sy = rng.uniform(-0.04, 0.04) * h;
        double k = rng.uniform(0.92, 1.05);
        double mid = w / 2.0 + sx;
        r.fill(0.04f);
        r.addEllipse(mid, 0.58 * h + sy, 0.5 * w * k, 0.64 * h * k, 0, 0.5, 4);
        for (int side = 0; side < 2; side++) {
            double s = side == 0 ? -1 : 1;
            a.cx[side] = mid + s * 0.2 * w * k;
            a.cy[side] = 0.47 * h + sy;
            a.rx[side] = 0.15 * w * k * rng.uniform(0.9, 1.1);
            a.ry[side] = 0.31 * h * k * rng.uniform(0.9, 1.05);
            r.addEllipse(a.cx[side], a.cy[side], a.rx[side], a.ry[side], 0, -0.32, 3);
            r.addEllipse(
                    a.cx[side], dome(a, side), a.rx[side] * 1.15, a.ry[side] * 0.3, 0, 0.32, 3);
        }
        r.addEllipse(mid + 0.04 * w, 0.63 * h + sy, 0.13 * w * k, 0.15 * h * k, 0.3, 0.18, 3);
        r.addEllipse(mid, 0.35 * h + sy, 0.06 * w, 0.22 * h, 0, 0.18, 3);
        r.addSegment(mid, 0, mid, h, 0.03 * w, 0.08, 2);
        double ribGap = rng.uniform(0.07, 0.08) * h;
        for (int side = 0; side < 2; side++) {
            double s = side == 0 ? -1 : 1;
            for (int i = 0; i < RIBS; i++) {
                double y0 = 0.12 * h + i * ribGap + sy;
                double x0 = mid + s * 0.03 * w;
                double xm = mid + s * 0.2 * w;
                double x1 = mid + s * 0.4 * w;
                double hw = 0.016 * h;
                r.addSegment(x0, y0, xm, y0 - 0.015 * h, hw, 0.1, 1.5);
                a.ribs[side][i] = new Bone(xm, y0 - 0.015 * h, x1, y0 + 0.09 * h, hw, 0.1, 1.5);
                a.ribs[side][i].paint(r, 1);
            }
            a.clavicles[side] =
                    new Bone(
                            mid + s * 0.04 * w,
                            0.2 * h + sy,
                            mid + s * 0.3 * w,
                            0.13 * h + sy,
                            0.018 * h,
                            0.14,
                            1.5);
            a.clavicles[side].paint(r, 1);
            vessels(r, rng, a, side);
        }
        return a;
    }

    /** Whether ({@code x}, {@code y}) lies in a lung field at least {@code margin} px inside. */
    boolean inLung(double x, double y, double margin) {
        for (int side = 0; side < 2; side++) {
            double u = (x - cx[side]) / Math.max(1, rx[side] - margin);
            double v = (y - cy[side]) / Math.max(1, ry[side] - margin);
            double du = (x - cx[side]) / (rx[side] * 1.15 + margin);
            double dv = (y - dome(this, side)) / (ry[side] * 0.3 + margin);
            if (u * u + v * v < 1 && du * du + dv * dv > 1) {
                return true;
            }
        }
        return false;
    }

    /** The clavicle on {@code side} (0: image left, 1: image right), medial end first. */
    Bone clavicle(int side) {
        return clavicles[side];
    }

    /**
     * The lateral segment of rib {@code i} (0 the highest) on {@code side}, from where it turns
     * down to its lateral end.
     */
    Bone rib(int side, int i) {
        return ribs[side][i];
    }

    private static double dome(ChestAnatomy a, int side) {
        return a.cy[side] + a.ry[side] * 0.95;
    }

    private static void vessels(Raster r, Rng rng, ChestAnatomy a, int side) {
        double s = side == 0 ? -1 : 1;
        double hx = a.cx[side] - s * a.rx[side] * 0.6;
        double hy = a.cy[side] + a.ry[side] * 0.1;
        int n = 5 + rng.nextInt(4);
        for (int i = 0; i < n; i++) {
            double ang = rng.uniform(-1.2, 1.2) + (s > 0 ? 0 : StrictMath.PI);
            double len = rng.uniform(0.4, 0.9) * a.rx[side] * 1.6;
            double ex = hx + len * StrictMath.cos(ang);
            double ey = hy + len * StrictMath.sin(ang);
            r.addSegment(hx, hy, ex, ey, rng.uniform(0.3, 0.8), rng.uniform(0.04, 0.08), 1);
        }
        int dots = rng.nextInt(3);
        for (int i = 0; i < dots; i++) {
            double x = a.cx[side] + rng.uniform(-0.6, 0.6) * a.rx[side];
            double y = a.cy[side] + rng.uniform(-0.6, 0.5) * a.ry[side];
            double rad = rng.uniform(1.0, 1.6);
            r.addEllipse(x, y, rad, rad, 0, rng.uniform(0.05, 0.1), 1);
        }
    }
}
