package org.protopnet.sample.ultrasound;

import java.util.ArrayList;
import java.util.List;
import org.protopnet.sample.LesionBox;
import org.protopnet.sample.Rng;
import org.protopnet.sample.raster.Raster;

/**
 * Paints a synthetic sonogram of a class: layered tissue (skin, fat, fascia, parenchyma with smooth
 * texture and a few specular reflectors, sometimes an anechoic vessel), depth attenuation, then a
 * cyst (anechoic, round, posterior enhancement) or an echogenic irregular mass (posterior
 * shadowing), Rayleigh speckle and log compression; cine frames decorrelate the speckle and let the
 * lesion drift.
 *
 * <pre>{@code
 * Sonogram s = SonogramSynth.paint(rng, "cyst", 128, 128, 4);
 * }</pre>
 */
public final class SonogramSynth {
    private SonogramSynth() {}

    /** Paints {@code frames} frames of a {@code width x height} scan of class {@code label}. */
    public static Sonogram paint(Rng rng, String label, int width, int height, int frames) {
        if (!List.of("normal", "cyst", "mass").contains(label)) {
            throw new IllegalArgumentException("unknown ultrasound class " + label);
        }
        Sector sector = sector(rng, width, height);
        Raster tissue = tissue(rng, sector, width, height);
        Lesion lesion = label.equals("normal") ? null : lesion(rng, sector, label, width, frames);
        double gain = rng.uniform(0.85, 1.15);
        double compression = rng.uniform(6, 12);
        Raster[] base = {Raster.smoothNoise(width, height, rng, 0.9), null};
        base[1] = Raster.smoothNoise(width, height, rng, 0.9);
        byte[][] out = new byte[frames][];
        List<LesionBox> boxes = new ArrayList<>();
        for (int f = 0; f < frames; f++) {
            Raster echo = copy(tissue);
            if (lesion != null) {
                Lesions.apply(echo, sector, lesion, f);
                boxes.add(box(lesion, f, width, height));
            }
            Raster re = mix(base[0], Raster.smoothNoise(width, height, rng, 0.9), f);
            Raster im = mix(base[1], Raster.smoothNoise(width, height, rng, 0.9), f);
            out[f] = render(echo, re, im, sector, gain, compression);
        }
        return new Sonogram(width, height, out, sector, boxes);
    }

    private static Sector sector(Rng rng, int w, int h) {
        double apexY = -rng.uniform(0.05, 0.3) * h;
        double inner = -apexY + rng.uniform(1, 5);
        double outer = h - apexY - rng.uniform(1, 6);
        double half = Math.min(rng.uniform(0.5, 0.7), StrictMath.asin((w / 2.0 - 2) / outer));
        return new Sector(w / 2.0 + rng.uniform(-2, 2), apexY, inner, outer, half);
    }

    private static Raster tissue(Rng rng, Sector s, int w, int h) {
        Raster texture = Raster.smoothNoise(w, h, rng, 3.5);
        Raster t = new Raster(w, h);
        double fat = rng.uniform(0.08, 0.2) * h;
        double fascia = fat + rng.uniform(0.03, 0.08) * h;
        double wave = rng.uniform(1, 4);
        double freq = rng.uniform(2, 6);
        double ph = rng.uniform(0, 6.28);
        double level = rng.uniform(0.3, 0.42);
        double attenuation = rng.uniform(0.2, 0.6);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                double d = s.depth(x, y) - s.inner();
                double a = s.angle(x, y);
                double bend = wave * StrictMath.sin(freq * a + ph);
                double e;
                if (d < 2.5) {
                    e = 0.8;
                } else if (d < fat + bend) {
                    e = 0.2 + 0.06 * texture.get(x, y);
                } else if (d < fascia + bend) {
                    e = 0.65;
                } else {
                    e = level + 0.1 * texture.get(x, y);
                }
                t.set(x, y, (float) (Math.max(0.02, e) * StrictMath.exp(-attenuation * d / h)));
            }
        }
        int reflectors = rng.nextInt(5);
        for (int i = 0; i < reflectors; i++) {
            double x = rng.uniform(0.2, 0.8) * w;
            double y = rng.uniform(0.3, 0.9) * h;
            t.addSegment(x, y, x + rng.uniform(3, 10), y + rng.uniform(-2, 2), 0.5, 0.5, 1);
        }
        if (rng.chance(0.4)) {
            double x = rng.uniform(0.25, 0.75) * w;
            double y = rng.uniform(0.4, 0.8) * h;
            double len = rng.uniform(0.1, 0.2) * w;
            Raster vessel = new Raster(w, h);
            vessel.addSegment(
                    x - len, y + rng.uniform(-3, 3), x + len, y, rng.uniform(1.5, 3), 1, 1);
            float[] tv = t.data();
            float[] vv = vessel.data();
            for (int i = 0; i < tv.length; i++) {
                tv[i] = tv[i] * (1 - 0.9f * Math.min(1, vv[i]));
            }
        }
        return t;
    }

    private static Lesion lesion(Rng rng, Sector s, String label, int w, int frames) {
        boolean cyst = label.equals("cyst");
        double r = rng.uniform(cyst ? 0.065 : 0.075, cyst ? 0.1 : 0.11) * w;
        double ry = r * rng.uniform(0.75, 1.0);
        double[] wobble = cyst ? new double[0] : new double[3];
        double[] phase = new double[wobble.length];
        for (int k = 0; k < wobble.length; k++) {
            wobble[k] = rng.uniform(0.04, 0.12) / (k + 1);
            phase[k] = rng.uniform(0, 6.28);
        }
        double vx = frames > 1 ? rng.uniform(-1, 1) : 0;
        double vy = frames > 1 ? rng.uniform(-0.7, 0.7) : 0;
        double contrast = cyst ? rng.uniform(0.03, 0.1) : rng.uniform(1.8, 2.6);
        Lesion best = null;
        for (int i = 0; i < 1000; i++) {
            double cx = rng.uniform(0, w);
            double cy = rng.uniform(s.inner(), s.outer());
            Lesion l = new Lesion(cyst, cx, cy, vx, vy, r, ry, wobble, phase, contrast);
            if (fits(l, s, frames)) {
                return l;
            }
            best = l;
        }
        return best;
    }

    private static boolean fits(Lesion l, Sector s, int frames) {
        for (int f = 0; f < frames; f++) {
            double ex = l.rx() * l.reach() + 1;
            double ey = l.ry() * l.reach() + 1;
            double x = l.x(f);
            double y = l.y(f);
            double[][] corners = {
                {x - ex, y - ey}, {x + ex, y - ey}, {x - ex, y + ey}, {x + ex, y + ey}
            };
            for (double[] c : corners) {
                if (!s.contains(c[0], c[1], 4)) {
                    return false;
                }
            }
            if (!s.contains(x, y + 2.5 * l.ry(), 0)) {
                return false;
            }
        }
        return true;
    }

    private static LesionBox box(Lesion l, int f, int w, int h) {
        double ex = l.rx() * l.reach() + 1;
        double ey = l.ry() * l.reach() + 1;
        return LesionBox.around(f, l.x(f) - ex, l.y(f) - ey, l.x(f) + ex, l.y(f) + ey, w, h);
    }

    private static Raster mix(Raster base, Raster fresh, int frame) {
        if (frame == 0) {
            return base;
        }
        Raster m = copy(base);
        float keep = 0.8f;
        float[] mv = m.data();
        float[] fv = fresh.data();
        for (int i = 0; i < mv.length; i++) {
            mv[i] = keep * mv[i] + 0.6f * fv[i];
        }
        return m;
    }

    private static byte[] render(
            Raster echo, Raster re, Raster im, Sector s, double gain, double k) {
        int w = echo.width();
        int h = echo.height();
        byte[] out = new byte[w * h];
        double norm = StrictMath.log(1 + 3 * k);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                if (!s.contains(x, y, 0)) {
                    continue;
                }
                int i = y * w + x;
                double a = re.data()[i];
                double b = im.data()[i];
                double speckle = StrictMath.sqrt((a * a + b * b) / 2);
                double v = StrictMath.log(1 + k * gain * echo.data()[i] * speckle) / norm;
                long grey = StrictMath.round(3 + 252 * Math.max(0, Math.min(1, v)));
                out[i] = (byte) grey;
            }
        }
        return out;
    }

    private static Raster copy(Raster r) {
        Raster c = new Raster(r.width(), r.height());
        c.add(r, 1);
        return c;
    }
}
