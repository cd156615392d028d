package org.protopnet.fiji.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.protopnet.model.explain.ActivationMap;
import org.protopnet.model.explain.Box;

class PeakRegionTest {
    @Test
    void boxesOnlyTheRegionAroundTheStrongestMatchNotAFarWeakerOne() {
        int w = 20; // 400 values: the top 5 % are the two regions (12 + 9 values)
        float[] v = new float[w * w];
        for (int y = 5; y < 8; y++) {
            for (int x = 6; x < 10; x++) {
                v[y * w + x] = 5f; // the strongest match
            }
        }
        for (int y = 15; y < 18; y++) {
            for (int x = 15; x < 18; x++) {
                v[y * w + x] = 4f; // weaker, far away, still above the 95th percentile
            }
        }
        ActivationMap m = new ActivationMap(w, w, v);
        assertEquals(new Box(6, 5, 18, 18), m.percentileBox(95), "the authors' box spans both");
        assertEquals(new Box(6, 5, 10, 8), PeakRegion.of(m));
    }
}
