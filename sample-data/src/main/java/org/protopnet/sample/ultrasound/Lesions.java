package org.protopnet.sample.ultrasound;

import org.protopnet.sample.raster.Raster;

/**
 * Draws a cyst or a mass into a tissue echo map at a given frame: the cyst replaces echoes by
 * near-silence and brightens the tissue behind it (posterior enhancement); the mass multiplies
 * echoes inside its irregular outline and shadows a little behind it.
 */
final class Lesions {
    private Lesions() {}

    static void apply(Raster echo, Sector s, Lesion l, int frame) {
        int w = echo.width();
        int h = echo.height();
        double x0 = l.x(frame);
        double y0 = l.y(frame);
        double depth = s.depth(x0, y0);
        double span = StrictMath.atan2(l.rx(), depth);
        double angle = s.angle(x0, y0);
        float[] v = echo.data();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                double dx = (x - x0) / l.rx();
                double dy = (y - y0) / l.ry();
                double rho = StrictMath.sqrt(dx * dx + dy * dy);
                double edge = l.outline(StrictMath.atan2(dy, dx));
                double inside = ramp((edge - rho) * Math.min(l.rx(), l.ry()) / 1.2);
                int i = y * w + x;
                double behind = 0;
                double d = s.depth(x, y);
                double off = Math.abs(s.angle(x, y) - angle) / span;
                if (d > depth && off < 1.2) {
                    behind = ramp((1 - off) * 3) * StrictMath.exp(-(d - depth) / (0.35 * h));
                    behind *= ramp((d - depth) / l.ry() * 2 - 1);
                }
                double e = v[i];
                if (l.cyst()) {
                    e = e * (1 + 0.7 * behind * (1 - inside));
                    e = e * (1 - inside) + l.contrast() * e * inside;
                } else {
                    e = e * (1 - 0.35 * behind * (1 - inside));
                    e = e * (1 - inside) + l.contrast() * e * inside;
                }
                v[i] = (float) e;
            }
        }
    }

    private static double ramp(double t) {
        double u = Math.max(0, Math.min(1, t + 0.5));
        return u * u * (3 - 2 * u);
    }
}
