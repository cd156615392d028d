package org.protopnet.dicom.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.protopnet.dicom.PixelDataException;

class StreamHeaderTest {

    @Test
    void readsTheJpegFrameHeaderBeforeDecoding() throws Exception {
        int[] px = new int[12 * 10];
        byte[] jpeg = JpegLosslessEncoder.encode(px, 12, 10, 1, 12);
        StreamHeader h = StreamHeader.jpeg(jpeg);
        assertEquals(0xFFC3, h.marker());
        assertEquals(12, h.precision());
        assertEquals(12, h.rows());
        assertEquals(10, h.columns());
        PixelDataException e =
                assertThrows(
                        PixelDataException.class,
                        () -> h.check(new FrameGeometry(10, 12, 1, 16, 12, false), "JPEG"));
        assertTrue(e.getMessage().contains("10x12"), e.getMessage());
    }

    @Test
    void refusesJpeg2000PacketDataThatBitStuffingMakesImpossible() {
        byte[] good = {(byte) 0xFF, (byte) 0x93, 0x12, (byte) 0xFF, 0x7F, (byte) 0xFF, (byte) 0xD9};
        byte[] bad = {(byte) 0xFF, (byte) 0x93, 0x12, (byte) 0xFF, (byte) 0xFF, 0x00};
        org.junit.jupiter.api.Assertions.assertDoesNotThrow(
                () -> StreamHeader.checkJpeg2000Packets(good));
        assertThrows(PixelDataException.class, () -> StreamHeader.checkJpeg2000Packets(bad));
    }
}
