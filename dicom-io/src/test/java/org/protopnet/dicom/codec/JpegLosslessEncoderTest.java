package org.protopnet.dicom.codec;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

class JpegLosslessEncoderTest {

    @Test
    void roundTripsEveryPrecisionThroughOurDecoder() throws Exception {
        Random r = new Random(11);
        for (int precision = 2; precision <= 16; precision++) {
            for (int comps : new int[] {1, 3}) {
                int rows = 7 + r.nextInt(20);
                int cols = 5 + r.nextInt(20);
                int[] samples = new int[rows * cols * comps];
                for (int i = 0; i < samples.length; i++) {
                    samples[i] = r.nextInt(1 << precision);
                }
                byte[] jpeg = JpegLosslessEncoder.encode(samples, rows, cols, comps, precision);
                FrameGeometry g =
                        new FrameGeometry(
                                rows, cols, comps, precision > 8 ? 16 : 8, precision, false);
                assertArrayEquals(
                        samples,
                        new JpegLosslessDecoder().decode(jpeg, g).samples(),
                        precision + " bits, " + comps + " components");
            }
        }
    }

    @Test
    void encodesTheExtremeDifferenceOf32768() throws Exception {
        int[] samples = {0, 32768, 0, 65535, 1, 65534};
        byte[] jpeg = JpegLosslessEncoder.encode(samples, 2, 3, 1, 16);
        FrameGeometry g = new FrameGeometry(2, 3, 1, 16, 16, false);
        assertArrayEquals(samples, new JpegLosslessDecoder().decode(jpeg, g).samples());
    }
}
