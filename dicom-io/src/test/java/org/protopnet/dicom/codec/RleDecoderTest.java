package org.protopnet.dicom.codec;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.protopnet.dicom.PixelDataException;
import org.protopnet.dicom.testing.Rle;

class RleDecoderTest {
    private static final FrameGeometry G = new FrameGeometry(2, 2, 1, 16, 16, false);

    @Test
    void decodesHighAndLowByteSegments() throws Exception {
        byte[] frame = Rle.encode16(new short[] {0x0102, (short) 0xFFFE, 3, 0x4000});
        assertArrayEquals(
                new int[] {0x0102, 0xFFFE, 3, 0x4000}, new RleDecoder().decode(frame, G).samples());
    }

    @Test
    void decodesReplicateRuns() throws Exception {
        byte[] hi = {(byte) -3, 7};
        byte[] lo = {(byte) -3, 1};
        byte[] frame = Rle.frame(new byte[0], new byte[0]);
        frame = Arrays.copyOf(frame, 64 + 4);
        frame[4] = 64;
        frame[8] = 66;
        System.arraycopy(hi, 0, frame, 64, 2);
        System.arraycopy(lo, 0, frame, 66, 2);
        assertArrayEquals(
                new int[] {0x0701, 0x0701, 0x0701, 0x0701},
                new RleDecoder().decode(frame, G).samples());
    }

    @Test
    void refusesASegmentThatEndsBeforeTheImage() {
        byte[] frame = Rle.encode16(new short[] {1, 2, 3, 4});
        byte[] cut = Arrays.copyOf(frame, frame.length - 3);
        assertThrows(PixelDataException.class, () -> new RleDecoder().decode(cut, G));
    }

    @Test
    void refusesAWrongSegmentCount() {
        byte[] frame = Rle.frame(new byte[4]);
        assertThrows(PixelDataException.class, () -> new RleDecoder().decode(frame, G));
    }
}
