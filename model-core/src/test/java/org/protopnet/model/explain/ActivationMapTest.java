package org.protopnet.model.explain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The 95th-percentile box finds a planted region of high activation. */
class ActivationMapTest {

    private static ActivationMap planted(int w, int h, Box rect, boolean graded) {
        SplittableRandom r = new SplittableRandom(9);
        float[] v = new float[w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                boolean in = x >= rect.x0() && x < rect.x1() && y >= rect.y0() && y < rect.y1();
                v[y * w + x] =
                        in ? (graded ? 2 + (float) r.nextDouble() : 5f) : (float) r.nextDouble();
            }
        }
        return new ActivationMap(w, h, v);
    }

    @Test
    void percentileBoxOfAPlantedFivePercentRectangleIsThatRectangle() {
        Box rect = new Box(13, 7, 23, 13); // 10 x 6 = 60 of 40 x 30 = 1200 pixels: 5 %
        assertEquals(rect, planted(40, 30, rect, true).percentileBox(95));
    }

    @Test
    void percentileBoxOfALargerUniformRectangleIsThatRectangle() {
        Box rect = new Box(0, 20, 14, 30);
        assertEquals(rect, planted(40, 30, rect, false).percentileBox(95));
    }

    @Test
    void percentileInterpolatesBetweenRanksAsNumpyDoes() {
        ActivationMap m = new ActivationMap(5, 1, new float[] {4, 0, 1, 3, 2});
        assertEquals(3.8, m.percentile(95), 1e-6);
        assertEquals(2, m.percentile(50), 1e-9);
    }

    @Test
    void bicubicUpsamplingKeepsAConstantMapAndPeaksAtTheHotCell() {
        float[] latent = new float[16];
        latent[1 * 4 + 2] = 1;
        ActivationMap up = ActivationMap.upsampled(latent, 4, 4, 32);
        assertEquals(32, up.width());
        Box box = up.percentileBox(95);
        assertEquals(new Box(16, 8, 24, 16).intersects(box), true);
        float[] flat = new float[] {0.5f, 0.5f, 0.5f, 0.5f};
        for (float v : ActivationMap.upsampled(flat, 2, 2, 8).values()) {
            assertEquals(0.5f, v, 1e-6);
        }
    }

    @Test
    void boxArithmetic() {
        Box a = new Box(0, 0, 10, 10);
        Box b = new Box(5, 5, 15, 15);
        assertEquals(25.0 / 175, a.iou(b), 1e-12);
        assertEquals(new Box(0, 0, 20, 5), new Box(0, 0, 8, 2).scaled(2.5, 2.5));
        assertEquals(false, a.intersects(new Box(10, 0, 12, 3)));
    }
}
