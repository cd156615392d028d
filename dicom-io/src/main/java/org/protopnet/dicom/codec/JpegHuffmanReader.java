package org.protopnet.dicom.codec;

import org.protopnet.dicom.DicomException;
import org.protopnet.dicom.PixelDataException;
import org.protopnet.dicom.Tag;

/**
 * Reads Huffman-coded JPEG scan data (ITU-T T.81): a 64-bit bit buffer over the bytes with stuffing
 * (0xFF00) removed, 9-bit lookahead tables for short codes, and restart markers. Past the end of
 * the scan it feeds zero bits, a bounded number of times.
 */
final class JpegHuffmanReader {
    private static final int LOOKAHEAD = 9;

    /** A canonical Huffman table with a lookahead table for codes up to 9 bits. */
    static final class Table {
        final int[] maxCode = new int[18];
        final int[] valPtr = new int[17];
        final int[] minCode = new int[17];
        final int[] values;

        /** For each 9-bit prefix: (length << 8) | symbol, or 0 when the code is longer. */
        final int[] fast = new int[1 << LOOKAHEAD];

        Table(int[] counts, int[] values) {
            this.values = values;
            int code = 0;
            int k = 0;
            for (int len = 1; len <= 16; len++) {
                valPtr[len] = k;
                minCode[len] = code;
                for (int i = 0; i < counts[len - 1] && k < values.length; i++, k++, code++) {
                    if (len <= LOOKAHEAD) {
                        int shift = LOOKAHEAD - len;
                        for (int f = code << shift;
                                f < (code + 1) << shift && f < fast.length;
                                f++) {
                            fast[f] = (len << 8) | values[k];
                        }
                    }
                }
                maxCode[len] = counts[len - 1] == 0 ? -1 : code - 1;
                code <<= 1;
            }
            maxCode[17] = Integer.MAX_VALUE;
        }
    }

    private final byte[] d;
    private int pos;
    private long cache;
    private int bits;
    private int padding;

    JpegHuffmanReader(byte[] data, int start) {
        this.d = data;
        this.pos = start;
    }

    private void fill() throws DicomException {
        while (bits <= 56) {
            int v = 0;
            if (pos < d.length && (d[pos] & 0xFF) != 0xFF) {
                v = d[pos++] & 0xFF;
            } else if (pos + 1 < d.length && (d[pos] & 0xFF) == 0xFF && d[pos + 1] == 0) {
                v = 0xFF;
                pos += 2;
            } else if (++padding > 1024) {
                throw new PixelDataException(
                        "JPEG scan data end before the image is complete",
                        null,
                        pos,
                        Tag.PIXEL_DATA);
            }
            cache = (cache << 8) | v;
            bits += 8;
        }
    }

    /** Reads {@code n} raw bits, n ≤ 16. */
    int bits(int n) throws DicomException {
        if (n == 0) {
            return 0;
        }
        if (bits < n) {
            fill();
        }
        bits -= n;
        return (int) (cache >>> bits) & ((1 << n) - 1);
    }

    /** Decodes one Huffman symbol. */
    int symbol(Table t) throws DicomException {
        if (bits < 16) {
            fill();
        }
        int peek = (int) (cache >>> (bits - LOOKAHEAD)) & ((1 << LOOKAHEAD) - 1);
        int f = t.fast[peek];
        if (f != 0) {
            bits -= f >> 8;
            return f & 0xFF;
        }
        int code = 0;
        int len = 0;
        do {
            len++;
            bits--;
            code = (code << 1) | (int) ((cache >>> bits) & 1);
        } while (len < 16 && code > t.maxCode[len]);
        if (code > t.maxCode[len]) {
            throw new PixelDataException("invalid JPEG Huffman code", null, pos, Tag.PIXEL_DATA);
        }
        int idx = t.valPtr[len] + code - t.minCode[len];
        if (idx < 0 || idx >= t.values.length) {
            throw new PixelDataException(
                    "JPEG Huffman code outside its table", null, pos, Tag.PIXEL_DATA);
        }
        return t.values[idx];
    }

    /**
     * Decodes a lossless-JPEG difference (or a DC difference): a Huffman category and its extra
     * bits, with one buffer refill for both.
     */
    int difference(Table t) throws DicomException {
        if (bits < 32) {
            fill();
        }
        int peek = (int) (cache >>> (bits - LOOKAHEAD)) & ((1 << LOOKAHEAD) - 1);
        int f = t.fast[peek];
        int s;
        if (f != 0) {
            bits -= f >> 8;
            s = f & 0xFF;
        } else {
            s = symbol(t);
        }
        if (s == 0) {
            return 0;
        }
        if (s >= 16) {
            if (s > 16) {
                throw new PixelDataException(
                        "JPEG difference category " + s + " too large", null, pos, Tag.PIXEL_DATA);
            }
            return 32768;
        }
        if (bits < s) {
            fill();
        }
        bits -= s;
        int v = (int) (cache >>> bits) & ((1 << s) - 1);
        return v < (1 << (s - 1)) ? v - (1 << s) + 1 : v;
    }

    /** Reads a magnitude category's extra bits and extends the sign (T.81 F.2.2.1). */
    int receiveExtend(int s) throws DicomException {
        if (s == 0) {
            return 0;
        }
        if (s > 16) {
            throw new PixelDataException(
                    "JPEG coefficient category " + s + " too large", null, pos, Tag.PIXEL_DATA);
        }
        if (s == 16) {
            return 32768;
        }
        int v = bits(s);
        return v < (1 << (s - 1)) ? v - (1 << s) + 1 : v;
    }

    /** Skips to after the next restart marker, dropping buffered bits. */
    void restart() {
        bits = 0;
        cache = 0;
        while (pos + 1 < d.length) {
            if ((d[pos] & 0xFF) == 0xFF && (d[pos + 1] & 0xF8) == 0xD0) {
                pos += 2;
                return;
            }
            pos++;
        }
    }

    /** The first byte not yet consumed (approximate while bits are buffered). */
    int position() {
        return pos;
    }
}
