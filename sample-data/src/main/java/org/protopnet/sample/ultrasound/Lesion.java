package org.protopnet.sample.ultrasound;

/**
 * A cyst or mass in a sonogram: centre at frame 0, drift per frame, radii, and the irregularity
 * harmonics of a mass's outline (zero for a cyst).
 */
record Lesion(
        boolean cyst,
        double cx,
        double cy,
        double vx,
        double vy,
        double rx,
        double ry,
        double[] wobble,
        double[] phase,
        double contrast) {
    /** Centre x at {@code frame}. */
    double x(int frame) {
        return cx + vx * frame;
    }

    /** Centre y at {@code frame}. */
    double y(int frame) {
        return cy + vy * frame;
    }

    /** The outline's radius scale in direction {@code phi} (1 for a cyst). */
    double outline(double phi) {
        double r = 1;
        for (int k = 0; k < wobble.length; k++) {
            r += wobble[k] * StrictMath.sin((k + 2) * phi + phase[k]);
        }
        return r;
    }

    /** The largest outline scale, for the bounding box. */
    double reach() {
        double r = 1;
        for (double w : wobble) {
            r += Math.abs(w);
        }
        return r;
    }
}
