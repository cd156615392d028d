package org.protopnet.model.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The resize fast path gives exactly the pixels of the general projective path. */
class SamplerTest {

    @ParameterizedTest(name = "{0}x{1}, {2} channel(s) -> {3}")
    @CsvSource({"28, 28, 1, 64", "100, 60, 3, 37", "64, 64, 3, 28", "5, 9, 1, 1", "1, 1, 3, 4"})
    void aResizeIsSampledExactlyAsThroughTheGeneralPath(int w, int h, int c, int size) {
        RawImage src = noise(w, h, c);
        double[] map = Sampler.resizeMap(src, size).coefficients();
        assertTrue(Sampler.isAxisAligned(map));
        RawImage fast = Sampler.sample(src, size, Sampler.resizeMap(src, size));
        RawImage general = Sampler.sampleProjective(src, size, map);
        assertEquals(size * size * c, fast.pixels().length);
        assertArrayEquals(general.pixels(), fast.pixels());
    }

    @Test
    void aRotatedOrSkewedMapTakesTheGeneralPath() {
        RawImage src = noise(20, 20, 1);
        Homography resize = Sampler.resizeMap(src, 32);
        assertFalse(Sampler.isAxisAligned(resize.after(Homography.rotation(0.2)).coefficients()));
        assertFalse(
                Sampler.isAxisAligned(
                        resize.after(Homography.perspective(1e-3, 0)).coefficients()));
        RawImage rotated = Sampler.sample(src, 32, resize.after(Homography.rotation(0.2)));
        assertArrayEquals(
                Sampler.sampleProjective(
                                src, 32, resize.after(Homography.rotation(0.2)).coefficients())
                        .pixels(),
                rotated.pixels());
    }

    private static RawImage noise(int w, int h, int c) {
        SplittableRandom r = new SplittableRandom(w * 31L + h * 7L + c);
        float[] px = new float[w * h * c];
        for (int i = 0; i < px.length; i++) {
            px[i] = (float) r.nextDouble();
        }
        return new RawImage(w, h, c, px);
    }
}
