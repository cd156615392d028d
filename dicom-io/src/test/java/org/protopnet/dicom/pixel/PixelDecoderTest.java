package org.protopnet.dicom.pixel;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.protopnet.dicom.LimitExceededException;
import org.protopnet.dicom.PixelDataException;
import org.protopnet.dicom.Tag;
import org.protopnet.dicom.TransferSyntax;
import org.protopnet.dicom.VR;
import org.protopnet.dicom.parse.Dataset;
import org.protopnet.dicom.parse.Element;
import org.protopnet.dicom.parse.Fragments;
import org.protopnet.dicom.parse.ReadOptions;
import org.protopnet.dicom.testing.Rle;

class PixelDecoderTest {

    private static Dataset grey(
            int rows, int cols, int frames, int alloc, int stored, boolean signed) {
        Dataset ds = new Dataset();
        ds.putInts(Tag.ROWS, VR.US, rows);
        ds.putInts(Tag.COLUMNS, VR.US, cols);
        ds.putString(Tag.NUMBER_OF_FRAMES, VR.IS, Integer.toString(frames));
        ds.putInts(Tag.SAMPLES_PER_PIXEL, VR.US, 1);
        ds.putString(Tag.PHOTOMETRIC_INTERPRETATION, VR.CS, "MONOCHROME2");
        ds.putInts(Tag.BITS_ALLOCATED, VR.US, alloc);
        ds.putInts(Tag.BITS_STORED, VR.US, stored);
        ds.putInts(Tag.HIGH_BIT, VR.US, stored - 1);
        ds.putInts(Tag.PIXEL_REPRESENTATION, VR.US, signed ? 1 : 0);
        return ds;
    }

    private static byte[] le16(short[] v) {
        ByteBuffer b = ByteBuffer.allocate(v.length * 2).order(ByteOrder.LITTLE_ENDIAN);
        b.asShortBuffer().put(v);
        return b.array();
    }

    /** Lays fragments out as the parser would: a window per fragment on one buffer. */
    private static Fragments fragments(long[] bot, byte[]... parts) {
        int total = Arrays.stream(parts).mapToInt(p -> p.length).sum();
        byte[] buf = new byte[total];
        List<Fragments.Fragment> list = new ArrayList<>();
        int at = 0;
        for (byte[] p : parts) {
            System.arraycopy(p, 0, buf, at, p.length);
            list.add(new Fragments.Fragment(at, at, p.length));
            at += p.length;
        }
        return new Fragments(buf, bot, list);
    }

    @Test
    void keepsOnlyTheStoredBitsAndSignExtends() throws Exception {
        Dataset ds = grey(1, 4, 1, 16, 12, true);
        ds.putBytes(
                Tag.PIXEL_DATA,
                VR.OW,
                le16(new short[] {(short) 0xF7FF, (short) 0x0800, (short) 0xAFFF, 0x0001}));
        StoredPixels s =
                PixelDecoder.decode(ds, TransferSyntax.EXPLICIT_VR_LE, ReadOptions.DEFAULT)
                        .stored();
        assertEquals(DType.INT16, s.dtype());
        assertEquals(2047, s.get(0));
        assertEquals(-2048, s.get(1));
        assertEquals(-1, s.get(2));
        assertEquals(1, s.get(3));
    }

    @Test
    void unpacksOneBitPixelsLeastSignificantBitFirst() throws Exception {
        Dataset ds = grey(2, 4, 1, 1, 1, false);
        ds.putBytes(Tag.PIXEL_DATA, VR.OB, new byte[] {(byte) 0b1010_0101, 0});
        StoredPixels s =
                PixelDecoder.decode(ds, TransferSyntax.EXPLICIT_VR_LE, ReadOptions.DEFAULT)
                        .stored();
        assertArrayEquals(new byte[] {1, 0, 1, 0, 0, 1, 0, 1}, s.byteArray());
    }

    @Test
    void interleavesPlanarColour() throws Exception {
        Dataset ds = grey(1, 2, 1, 8, 8, false);
        ds.putInts(Tag.SAMPLES_PER_PIXEL, VR.US, 3);
        ds.putString(Tag.PHOTOMETRIC_INTERPRETATION, VR.CS, "RGB");
        ds.putInts(Tag.PLANAR_CONFIGURATION, VR.US, 1);
        ds.putBytes(Tag.PIXEL_DATA, VR.OB, new byte[] {1, 2, 3, 4, 5, 6});
        DecodedImage img =
                PixelDecoder.decode(ds, TransferSyntax.EXPLICIT_VR_LE, ReadOptions.DEFAULT);
        assertArrayEquals(new int[] {1, 1, 2, 3}, img.shape());
        assertArrayEquals(new byte[] {1, 3, 5, 2, 4, 6}, img.stored().byteArray());
    }

    @Test
    void assemblesFramesSplitOverSeveralFragmentsByTheBasicOffsetTable() throws Exception {
        short[] f1 = {1, 2, 3, 4, 5, 6};
        short[] f2 = {600, 500, 400, 300, 200, 100};
        byte[] e1 = Rle.encode16(f1);
        byte[] e2 = Rle.encode16(f2);
        byte[] a = Arrays.copyOf(e1, 40);
        byte[] b = Arrays.copyOfRange(e1, 40, e1.length);
        Dataset ds = grey(2, 3, 2, 16, 16, false);
        ds.put(
                Element.encapsulated(
                        Tag.PIXEL_DATA,
                        VR.OB,
                        0,
                        fragments(new long[] {0, 8 + a.length + 8 + b.length}, a, b, e2)));
        StoredPixels s =
                PixelDecoder.decode(ds, TransferSyntax.RLE_LOSSLESS, ReadOptions.DEFAULT).stored();
        short[] all = new short[12];
        System.arraycopy(f1, 0, all, 0, 6);
        System.arraycopy(f2, 0, all, 6, 6);
        assertArrayEquals(all, s.shortArray());
    }

    @Test
    void usesTheExtendedOffsetTableWhenPresent() throws Exception {
        short[] f1 = {7, 7, 7, 7};
        short[] f2 = {9, 8, 7, 6};
        byte[] e1 = Rle.encode16(f1);
        byte[] e2 = Rle.encode16(f2);
        Dataset ds = grey(2, 2, 2, 16, 16, false);
        ByteBuffer eot = ByteBuffer.allocate(16).order(ByteOrder.LITTLE_ENDIAN);
        eot.putLong(0).putLong(8 + e1.length);
        ds.putBytes(Tag.EXTENDED_OFFSET_TABLE, VR.OV, eot.array());
        // A wrong Basic Offset Table must lose against the Extended Offset Table.
        ds.put(
                Element.encapsulated(
                        Tag.PIXEL_DATA, VR.OB, 0, fragments(new long[] {0, 3}, e1, e2)));
        StoredPixels s =
                PixelDecoder.decode(ds, TransferSyntax.RLE_LOSSLESS, ReadOptions.DEFAULT).stored();
        assertArrayEquals(new short[] {7, 7, 7, 7, 9, 8, 7, 6}, s.shortArray());
    }

    @Test
    void fallsBackToOneFragmentPerFrameWhenTheOffsetTableIsBroken() throws Exception {
        byte[] e1 = Rle.encode16(new short[] {1, 2, 3, 4});
        byte[] e2 = Rle.encode16(new short[] {5, 6, 7, 8});
        Dataset ds = grey(2, 2, 2, 16, 16, false);
        ds.put(
                Element.encapsulated(
                        Tag.PIXEL_DATA, VR.OB, 0, fragments(new long[] {0, 999}, e1, e2)));
        StoredPixels s =
                PixelDecoder.decode(ds, TransferSyntax.RLE_LOSSLESS, ReadOptions.DEFAULT).stored();
        assertArrayEquals(new short[] {1, 2, 3, 4, 5, 6, 7, 8}, s.shortArray());
    }

    @Test
    void refusesAnImageOverTheMemoryCeilingBeforeAllocating() {
        Dataset ds = grey(60000, 60000, 1000, 16, 16, false);
        ds.putBytes(Tag.PIXEL_DATA, VR.OW, new byte[16]);
        LimitExceededException e =
                assertThrows(
                        LimitExceededException.class,
                        () ->
                                PixelDecoder.decode(
                                        ds, TransferSyntax.EXPLICIT_VR_LE, ReadOptions.DEFAULT));
        assertTrue(e.getMessage().contains("ceiling"), e.getMessage());
    }

    @Test
    void refusesNativePixelDataShorterThanTheImage() {
        Dataset ds = grey(4, 4, 1, 16, 16, false);
        ds.putBytes(Tag.PIXEL_DATA, VR.OW, new byte[30]);
        assertThrows(
                PixelDataException.class,
                () -> PixelDecoder.decode(ds, TransferSyntax.EXPLICIT_VR_LE, ReadOptions.DEFAULT));
    }

    @Test
    void refusesJpegLsWithUnsupportedFeaturesNamingHowToTranscode() throws Exception {
        Dataset ds = grey(2, 2, 1, 8, 8, false);
        ds.putInts(Tag.SAMPLES_PER_PIXEL, VR.US, 1);
        byte[] jls = {
            (byte) 0xFF,
            (byte) 0xD8,
            (byte) 0xFF,
            (byte) 0xF7,
            0,
            11,
            8,
            0,
            2,
            0,
            2,
            1,
            1,
            0x11,
            0,
            (byte) 0xFF,
            (byte) 0xF8,
            0,
            3,
            2,
            (byte) 0xFF,
            (byte) 0xD9
        };
        ds.put(Element.encapsulated(Tag.PIXEL_DATA, VR.OB, 0, fragments(new long[0], jls)));
        PixelDataException e =
                assertThrows(
                        PixelDataException.class,
                        () ->
                                PixelDecoder.decode(
                                        ds, TransferSyntax.JPEG_LS_LOSSLESS, ReadOptions.DEFAULT));
        assertTrue(e.getMessage().contains("dcmdjpls"), e.getMessage());
        assertTrue(e.getMessage().contains("JPEG-LS Lossless"), e.getMessage());
    }
}
