package org.protopnet.model.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class PrototypeLayerTest {

    @Test
    void distancesEqualABruteForceComputation() {
        try (NDManager m = NDManager.newBaseManager()) {
            ParameterStore store = new ParameterStore(m, 5);
            PrototypeLayer layer = PrototypeLayer.create(store, 6, 4);
            SplittableRandom r = new SplittableRandom(1);
            int n = 2, d = 4, h = 3, w = 5;
            float[] z = new float[n * d * h * w];
            for (int i = 0; i < z.length; i++) {
                z[i] = (float) r.nextDouble();
            }
            float[] protos = layer.vectors().array().toFloatArray();
            float[] got = layer.distances(m.create(z, new Shape(n, d, h, w))).toFloatArray();
            for (int b = 0; b < n; b++) {
                for (int j = 0; j < 6; j++) {
                    for (int y = 0; y < h; y++) {
                        for (int x = 0; x < w; x++) {
                            double sum = 0;
                            for (int c = 0; c < d; c++) {
                                double diff = z[((b * d + c) * h + y) * w + x] - protos[j * d + c];
                                sum += diff * diff;
                            }
                            assertEquals(sum, got[((b * 6 + j) * h + y) * w + x], 1e-5);
                        }
                    }
                }
            }
        }
    }

    @Test
    void distanceOfAPatchToItselfIsClampedAtZero() {
        try (NDManager m = NDManager.newBaseManager()) {
            ParameterStore store = new ParameterStore(m, 5);
            PrototypeLayer layer = PrototypeLayer.create(store, 1, 3);
            float[] p = layer.vectors().array().toFloatArray();
            NDArray z = m.create(p, new Shape(1, 3, 1, 1));
            float d = layer.distances(z).toFloatArray()[0];
            assertEquals(0f, d, 0f, "relu clamps rounding below zero");
        }
    }

    @Test
    void minPoolingPicksTheTrueMinimumOverPositions() {
        try (NDManager m = NDManager.newBaseManager()) {
            float[] d = new float[2 * 3 * 4 * 4];
            SplittableRandom r = new SplittableRandom(9);
            for (int i = 0; i < d.length; i++) {
                d[i] = (float) (1 + r.nextDouble());
            }
            d[(1 * 3 + 2) * 16 + 13] = 0.25f;
            float[] min =
                    PrototypeLayer.minOverPositions(m.create(d, new Shape(2, 3, 4, 4)))
                            .toFloatArray();
            for (int i = 0; i < 6; i++) {
                float expected = Float.MAX_VALUE;
                for (int k = 0; k < 16; k++) {
                    expected = Math.min(expected, d[i * 16 + k]);
                }
                assertEquals(expected, min[i], 0f);
            }
            assertEquals(0.25f, min[5], 0f);
        }
    }
}
