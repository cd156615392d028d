package org.protopnet.sample.xray;

import org.protopnet.sample.LesionBox;
import org.protopnet.sample.Rng;
import org.protopnet.sample.raster.Raster;

/**
 * Paints one synthetic radiograph of a class: chest or limb background, then a round nodule (in a
 * lung field, or in a limb's soft tissue) or a thin lucent fracture line across the shaft with a
 * faint callus, then unsharpness, an exposure gradient and quantum noise.
 *
 * <pre>{@code
 * Radiograph r = RadiographSynth.paint(rng, "nodule", 128, 144);
 * }</pre>
 */
public final class RadiographSynth {
    private RadiographSynth() {}

    /** Paints a {@code width x height} radiograph of class {@code label}. */
    public static Radiograph paint(Rng rng, String label, int width, int height) {
        Raster r = new Raster(width, height);
        boolean chest =
                switch (label) {
                    case "normal" -> rng.chance(0.5);
                    case "nodule" -> rng.chance(0.8);
                    case "fracture" -> false;
                    default -> throw new IllegalArgumentException("unknown X-ray class " + label);
                };
        LesionBox box = null;
        if (chest) {
            ChestAnatomy a = ChestAnatomy.paint(r, rng);
            if (label.equals("nodule")) {
                box = chestNodule(r, rng, a);
            }
        } else {
            LimbAnatomy a = LimbAnatomy.paint(r, rng);
            if (label.equals("nodule")) {
                box = limbNodule(r, rng, a);
            } else if (label.equals("fracture")) {
                box = fracture(r, rng, a);
            }
        }
        r.blur(rng.uniform(0.4, 0.8));
        double gx = rng.uniform(-0.06, 0.06);
        double gy = rng.uniform(-0.06, 0.06);
        float[] v = r.data();
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                v[y * width + x] +=
                        (float)
                                (gx * (x / (double) width - 0.5)
                                        + gy * (y / (double) height - 0.5));
            }
        }
        r.addNoise(rng, rng.uniform(0.008, 0.02));
        return new Radiograph(r, chest ? "CHEST" : rng.pick("ARM", "LEG"), box);
    }

    private static LesionBox chestNodule(Raster r, Rng rng, ChestAnatomy a) {
        int w = r.width();
        double rad = rng.uniform(0.055, 0.085) * w;
        double x = w / 2.0;
        double y = r.height() / 2.0;
        for (int i = 0; i < 500; i++) {
            x = rng.uniform(0, w);
            y = rng.uniform(0, r.height());
            if (a.inLung(x, y, rad * 0.7)) {
                break;
            }
        }
        return nodule(r, rng, x, y, rad);
    }

    private static LesionBox limbNodule(Raster r, Rng rng, LimbAnatomy a) {
        double rad = rng.uniform(0.06, 0.09) * r.width();
        double t = rng.uniform(-0.3, 0.3) * r.height();
        double reach = a.softHalfWidth() - rad - 2;
        double u = rng.uniform(-reach, reach);
        double[] p = a.point(t, u);
        return nodule(r, rng, p[0], p[1], rad);
    }

    private static LesionBox nodule(Raster r, Rng rng, double x, double y, double rad) {
        double rx = rad * rng.uniform(0.9, 1.1);
        double ry = rad * rng.uniform(0.9, 1.1);
        double amp = rng.uniform(0.13, 0.24);
        r.addEllipse(x, y, rx, ry, rng.uniform(0, 3.14), amp, rng.uniform(1.5, 2.5));
        r.addEllipse(x, y, rx * 0.5, ry * 0.5, 0, amp * 0.25, 2);
        double e = Math.max(rx, ry) + 1;
        return LesionBox.around(0, x - e, y - e, x + e, y + e, r.width(), r.height());
    }

    private static LesionBox fracture(Raster r, Rng rng, LimbAnatomy a) {
        int w = r.width();
        int h = r.height();
        double t = rng.uniform(-0.3, 0.3) * h;
        if (Math.abs(t - a.joint()) < 0.2 * h) {
            t = -t;
        }
        double hb = a.halfWidth(t);
        double phi = rng.uniform(-0.6, 0.6);
        double[] ax = a.axis();
        // across-the-shaft direction, rotated by phi: an oblique or transverse fracture
        double px = ax[1];
        double py = -ax[0];
        double dx = px * StrictMath.cos(phi) - py * StrictMath.sin(phi);
        double dy = px * StrictMath.sin(phi) + py * StrictMath.cos(phi);
        double half = hb / StrictMath.cos(phi) + 1.5;
        double[] c = a.point(t, 0);
        Raster gap = new Raster(w, h);
        double hw = rng.uniform(0.9, 1.4);
        gap.addSegment(
                c[0] - half * dx, c[1] - half * dy, c[0] + half * dx, c[1] + half * dy, hw, 1, 1);
        gap.multiply(a.bone());
        r.add(gap, -rng.uniform(0.7, 1.0));
        r.addEllipse(
                c[0],
                c[1],
                half * 1.1,
                hb * 0.5,
                StrictMath.atan2(dy, dx),
                rng.uniform(0.04, 0.08),
                3);
        double ex = Math.abs(half * dx) + hw + 2;
        double ey = Math.abs(half * dy) + hw + 2;
        double min = 0.06 * w;
        ex = Math.max(ex, min);
        ey = Math.max(ey, min);
        return LesionBox.around(0, c[0] - ex, c[1] - ey, c[0] + ex, c[1] + ey, w, h);
    }
}
