package org.protopnet.dicom.codec;

import org.protopnet.dicom.DicomException;
import org.protopnet.dicom.PixelDataException;
import org.protopnet.dicom.Tag;

/**
 * Reads the entropy-coded bits of a JPEG-LS scan: after a 0xFF byte the next byte carries only 7
 * bits (T.87 A.1), and 0xFF followed by a byte with the high bit set is a marker ending the scan.
 */
final class JpegLsBitReader {
    private final byte[] d;
    private final int end;
    private int pos;
    private long cache;
    private int bits;
    private boolean lastWasFF;
    private int overrun;

    JpegLsBitReader(byte[] data, int start, int end) {
        this.d = data;
        this.pos = start;
        this.end = end;
    }

    private void fill() throws DicomException {
        while (bits <= 56) {
            int v;
            int width;
            if (pos >= end || (lastWasFF && (d[pos] & 0x80) != 0)) {
                // Past the scan: feed zero bytes. A valid stream never consumes them; a corrupt
                // one is stopped here after a bounded number.
                if (++overrun > 64) {
                    throw new PixelDataException(
                            "JPEG-LS scan ends before the image is complete",
                            null,
                            pos,
                            Tag.PIXEL_DATA);
                }
                v = 0;
                width = 8;
            } else {
                v = d[pos++] & 0xFF;
                width = lastWasFF ? 7 : 8;
                lastWasFF = v == 0xFF;
            }
            cache = (cache << width) | v;
            bits += width;
        }
    }

    /** Reads {@code n} bits (n ≤ 31). */
    int read(int n) throws DicomException {
        if (n == 0) {
            return 0;
        }
        if (bits < n) {
            fill();
        }
        bits -= n;
        return (int) ((cache >>> bits) & ((1L << n) - 1));
    }

    /** Reads one bit. */
    boolean bit() throws DicomException {
        return read(1) != 0;
    }

    /** Counts zero bits up to and including the next one bit; fails past {@code max}. */
    int unary(int max) throws DicomException {
        int q = 0;
        while (true) {
            if (bits == 0) {
                fill();
            }
            long window = cache << (64 - bits);
            if (window == 0) {
                q += bits;
                bits = 0;
            } else {
                int z = Long.numberOfLeadingZeros(window);
                q += z;
                bits -= z + 1;
                if (q > max) {
                    break;
                }
                return q;
            }
            if (q > max) {
                break;
            }
        }
        throw new PixelDataException(
                "JPEG-LS Golomb code longer than the limit " + max, null, pos, Tag.PIXEL_DATA);
    }

    /** The position of the next unread byte (after the scan, the end marker). */
    int bytePosition() {
        return pos;
    }
}
