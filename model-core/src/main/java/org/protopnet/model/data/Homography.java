package org.protopnet.model.data;

/**
 * A 3x3 projective map of pixel-centre coordinates, row-major: {@code (x, y) -> ((a x + b y + c) /
 * w, (d x + e y + f) / w)} with {@code w = g x + h y + i}. Affine maps have g = h = 0, i = 1.
 */
public record Homography(double[] m) {
    public Homography {
        if (m.length != 9) {
            throw new IllegalArgumentException("9 coefficients");
        }
        m = m.clone();
    }

    public static Homography identity() {
        return new Homography(new double[] {1, 0, 0, 0, 1, 0, 0, 0, 1});
    }

    public static Homography translation(double dx, double dy) {
        return new Homography(new double[] {1, 0, dx, 0, 1, dy, 0, 0, 1});
    }

    public static Homography scale(double sx, double sy) {
        return new Homography(new double[] {sx, 0, 0, 0, sy, 0, 0, 0, 1});
    }

    /** Rotation by {@code radians} about the origin. */
    public static Homography rotation(double radians) {
        double c = Math.cos(radians);
        double s = Math.sin(radians);
        return new Homography(new double[] {c, -s, 0, s, c, 0, 0, 0, 1});
    }

    /** Horizontal shear {@code x += tan(radians) * y}. */
    public static Homography shear(double radians) {
        return new Homography(new double[] {1, Math.tan(radians), 0, 0, 1, 0, 0, 0, 1});
    }

    /** A perspective tilt: {@code w = 1 + px x + py y}. */
    public static Homography perspective(double px, double py) {
        return new Homography(new double[] {1, 0, 0, 0, 1, 0, px, py, 1});
    }

    /** {@code this} applied after {@code first}: (this o first)(p) = this(first(p)). */
    public Homography after(Homography first) {
        double[] a = m;
        double[] b = first.m;
        double[] r = new double[9];
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                r[i * 3 + j] = a[i * 3] * b[j] + a[i * 3 + 1] * b[3 + j] + a[i * 3 + 2] * b[6 + j];
            }
        }
        return new Homography(r);
    }

    @Override
    public double[] m() {
        return m.clone();
    }

    double[] coefficients() {
        return m;
    }
}
