package org.protopnet.fiji.service;

import java.util.ArrayDeque;
import org.protopnet.model.explain.ActivationMap;
import org.protopnet.model.explain.Box;

/**
 * The box a reader is shown for a piece of evidence: of the pixels at or above the 95th percentile
 * of its similarity map, only the connected region around the strongest match. The authors' box
 * bounds all such pixels, which spans most of the image whenever a prototype matches weakly in two
 * far-apart places; a box that says "here" must surround one place.
 */
public final class PeakRegion {
    /** The percentile that defines the region, as in the authors' code. */
    public static final double PERCENTILE = 95;

    private PeakRegion() {}

    /** The bounding box (x1, y1 exclusive) of the 4-connected region around the maximum. */
    public static Box of(ActivationMap m) {
        int w = m.width();
        int h = m.height();
        float[] v = m.values();
        float threshold = (float) m.percentile(PERCENTILE);
        int peak = 0;
        for (int i = 1; i < v.length; i++) {
            if (v[i] > v[peak]) {
                peak = i;
            }
        }
        boolean[] seen = new boolean[v.length];
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        queue.add(peak);
        seen[peak] = true;
        int x0 = w;
        int y0 = h;
        int x1 = 0;
        int y1 = 0;
        while (!queue.isEmpty()) {
            int i = queue.poll();
            int x = i % w;
            int y = i / w;
            x0 = Math.min(x0, x);
            y0 = Math.min(y0, y);
            x1 = Math.max(x1, x + 1);
            y1 = Math.max(y1, y + 1);
            int[] next = {
                x > 0 ? i - 1 : -1,
                x < w - 1 ? i + 1 : -1,
                y > 0 ? i - w : -1,
                y < h - 1 ? i + w : -1
            };
            for (int n : next) {
                if (n >= 0 && !seen[n] && v[n] >= threshold) {
                    seen[n] = true;
                    queue.add(n);
                }
            }
        }
        return new Box(x0, y0, x1, y1);
    }
}
