package org.protopnet.dicom.codec;

import org.protopnet.dicom.DicomException;
import org.protopnet.dicom.PixelDataException;
import org.protopnet.dicom.Tag;

/** Decodes DICOM RLE Lossless frames (PS3.5 Annex G): one PackBits segment per sample byte. */
public final class RleDecoder implements FrameDecoder {

    @Override
    public DecodedFrame decode(byte[] data, FrameGeometry g) throws DicomException {
        if (data.length < 64) {
            throw fail("RLE frame shorter than its 64-byte header", 0);
        }
        int segments = le32(data, 0);
        int bytesPerSample = g.bitsAllocated() / 8;
        int expected = g.samplesPerPixel() * bytesPerSample;
        if (segments != expected) {
            throw fail("RLE header has " + segments + " segments, the image needs " + expected, 0);
        }
        int pixels = g.rows() * g.columns();
        int spp = g.samplesPerPixel();
        int[] out = new int[pixels * spp];
        byte[] plane = new byte[pixels];
        for (int s = 0; s < segments; s++) {
            long start = le32(data, 4 + 4 * s) & 0xFFFFFFFFL;
            long end = s + 1 < segments ? le32(data, 8 + 4 * s) & 0xFFFFFFFFL : data.length;
            if (start < 64 || start > data.length || end < start || end > data.length) {
                throw fail(
                        "RLE segment " + s + " offset " + start + " outside the frame", 4 + 4 * s);
            }
            unpack(data, (int) start, (int) end, plane);
            int sample = s / bytesPerSample;
            int shift = 8 * (bytesPerSample - 1 - s % bytesPerSample);
            for (int p = 0, i = sample; p < pixels; p++, i += spp) {
                out[i] |= (plane[p] & 0xFF) << shift;
            }
        }
        return new DecodedFrame(out, false);
    }

    /** PackBits: n in 0..127 copies n+1 bytes, n in -127..-1 repeats the next byte 1-n times. */
    private static void unpack(byte[] d, int pos, int end, byte[] plane) throws DicomException {
        int out = 0;
        while (out < plane.length && pos < end) {
            int n = d[pos++];
            if (n >= 0) {
                int count = n + 1;
                if (pos + count > end || out + count > plane.length) {
                    count = Math.min(end - pos, plane.length - out);
                }
                System.arraycopy(d, pos, plane, out, count);
                pos += count;
                out += count;
            } else if (n != -128) {
                if (pos >= end) {
                    break;
                }
                int count = Math.min(1 - n, plane.length - out);
                byte v = d[pos++];
                for (int i = 0; i < count; i++) {
                    plane[out++] = v;
                }
            }
        }
        if (out < plane.length) {
            throw fail("RLE segment ends after " + out + " of " + plane.length + " bytes", pos);
        }
    }

    private static int le32(byte[] b, int p) {
        return (b[p] & 0xFF)
                | ((b[p + 1] & 0xFF) << 8)
                | ((b[p + 2] & 0xFF) << 16)
                | ((b[p + 3] & 0xFF) << 24);
    }

    private static PixelDataException fail(String why, long at) {
        return new PixelDataException(why, null, at, Tag.PIXEL_DATA);
    }
}
