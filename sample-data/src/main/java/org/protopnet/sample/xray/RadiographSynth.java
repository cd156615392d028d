package org.protopnet.sample.xray;

import org.protopnet.sample.LesionBox;
import org.protopnet.sample.Rng;
import org.protopnet.sample.raster.Raster;

/**
 * Paints one synthetic radiograph of a class: chest or limb background, then the lesion, then
 * unsharpness, an exposure gradient and quantum noise. Every class is half chest, half limb (one
 * fair coin per case), so anatomy carries no class information: a nodule is round, in a lung field
 * or in a limb's soft tissue; a fracture is a thin lucent line across a long bone's shaft with a
 * faint callus, or, on a chest, a displaced break of a clavicle or of a rib with a 4-5 px lucent
 * gap, a step-off and a fusiform callus, big enough to survive downsampling to 64 px.
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
        if (!label.equals("normal") && !label.equals("nodule") && !label.equals("fracture")) {
            throw new IllegalArgumentException("unknown X-ray class " + label);
        }
        // every class half chest, half limb: anatomy says nothing about the class
        boolean chest = rng.chance(0.5);
        LesionBox box = null;
        if (chest) {
            ChestAnatomy a = ChestAnatomy.paint(r, rng);
            if (label.equals("nodule")) {
                box = chestNodule(r, rng, a);
            } else if (label.equals("fracture")) {
                box = chestFracture(r, rng, a);
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
        double rad = rng.uniform(0.065, 0.095) * w;
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
        double rad = rng.uniform(0.065, 0.095) * r.width();
        double t = rng.uniform(-0.3, 0.3) * r.height();
        double reach = a.softHalfWidth() - rad - 2;
        double u = rng.uniform(-reach, reach);
        double[] p = a.point(t, u);
        return nodule(r, rng, p[0], p[1], rad);
    }

    private static LesionBox nodule(Raster r, Rng rng, double x, double y, double rad) {
        double rx = rad * rng.uniform(0.9, 1.1);
        double ry = rad * rng.uniform(0.9, 1.1);
        double amp = rng.uniform(0.2, 0.32);
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
        double hw = rng.uniform(1.4, 2.0);
        gap.addSegment(
                c[0] - half * dx, c[1] - half * dy, c[0] + half * dx, c[1] + half * dy, hw, 1, 1);
        gap.multiply(a.bone());
        r.add(gap, -rng.uniform(0.9, 1.1));
        r.addEllipse(
                c[0],
                c[1],
                half * 1.1,
                hb * 0.5,
                StrictMath.atan2(dy, dx),
                rng.uniform(0.1, 0.16),
                3);
        double ex = Math.abs(half * dx) + hw + 2;
        double ey = Math.abs(half * dy) + hw + 2;
        double min = 0.06 * w;
        ex = Math.max(ex, min);
        ey = Math.max(ey, min);
        return LesionBox.around(0, c[0] - ex, c[1] - ey, c[0] + ex, c[1] + ey, w, h);
    }

    /**
     * A displaced fracture of a clavicle (85 %) or of a rib's lateral segment over a lung: the
     * intact bone is taken out and repainted as two fragments with a step-off of 3-4.5 px, a
     * fusiform callus thickens the bone around the break, and a 4-5 px lucent gap cuts across both,
     * so that the break survives downsampling to 64 px.
     */
    private static LesionBox chestFracture(Raster r, Rng rng, ChestAnatomy a) {
        int w = r.width();
        int h = r.height();
        int side = rng.nextInt(2);
        ChestAnatomy.Bone b = rng.chance(0.85) ? a.clavicle(side) : a.rib(side, 2 + rng.nextInt(4));
        double len = StrictMath.hypot(b.x1() - b.x0(), b.y1() - b.y0());
        double ux = (b.x1() - b.x0()) / len;
        double uy = (b.y1() - b.y0()) / len;
        double nx = -uy;
        double ny = ux;
        double f = rng.uniform(0.35, 0.65);
        double px = b.x0() + f * len * ux;
        double py = b.y0() + f * len * uy;
        double d = rng.pick(-1.0, 1.0) * rng.uniform(3.0, 4.5);
        double hw = b.halfWidth();
        double amp = b.amp();
        b.paint(r, -1);
        // medial fragment in place; lateral fragment stepped off at the break, angulated
        Raster medial = new Raster(w, h);
        medial.addSegment(b.x0(), b.y0(), px, py, hw, amp, 1.2);
        Raster bone = new Raster(w, h);
        bone.addSegment(
                px + d * nx,
                py + d * ny,
                b.x1() + 0.3 * d * nx,
                b.y1() + 0.3 * d * ny,
                hw,
                amp,
                1.2);
        float[] bv = bone.data();
        float[] mv = medial.data();
        for (int i = 0; i < bv.length; i++) {
            bv[i] = Math.max(bv[i], mv[i]);
        }
        double cx = px + 0.5 * d * nx;
        double cy = py + 0.5 * d * ny;
        double size = Math.max(hw, 0.018 * h);
        double crx = size * rng.uniform(3.2, 3.8);
        double cry = 2 * size + 0.5 * Math.abs(d);
        double angle = StrictMath.atan2(uy, ux);
        bone.addEllipse(cx, cy, crx, cry, angle, rng.uniform(0.18, 0.22), 2);
        // the lucent gap across the bone, transverse or a little oblique
        double phi = rng.uniform(-0.4, 0.4);
        double gx = nx * StrictMath.cos(phi) - ny * StrictMath.sin(phi);
        double gy = nx * StrictMath.sin(phi) + ny * StrictMath.cos(phi);
        double half = (cry + 2) / StrictMath.cos(phi);
        double gw = rng.uniform(2.0, 2.5);
        Raster gap = new Raster(w, h);
        gap.addSegment(cx - half * gx, cy - half * gy, cx + half * gx, cy + half * gy, gw, 1, 1);
        float[] gv = gap.data();
        for (int i = 0; i < bv.length; i++) {
            bv[i] *= 1 - Math.min(1, gv[i]);
        }
        r.add(bone, 1);
        // the callus (soft edge included) holds both fragment ends and the gap within the bone
        double ca = StrictMath.cos(angle);
        double sa = StrictMath.sin(angle);
        double ex = StrictMath.sqrt(crx * crx * ca * ca + cry * cry * sa * sa) + 1;
        double ey = StrictMath.sqrt(crx * crx * sa * sa + cry * cry * ca * ca) + 1;
        double min = 0.06 * w;
        ex = Math.max(ex, min);
        ey = Math.max(ey, min);
        return LesionBox.around(0, cx - ex, cy - ey, cx + ex, cy + ey, w, h);
    }
}
