package org.protopnet.dicom.codec;

import org.protopnet.dicom.DicomException;
import org.protopnet.dicom.PixelDataException;
import org.protopnet.dicom.Tag;

/**
 * Reads Huffman-coded JPEG scan data (ITU-T T.81): byte stuffing (0xFF00), restart markers and the
 * tables' canonical codes.
 */
final class JpegHuffmanReader {
    /** A canonical Huffman table: code lengths and symbols as DHT lists them. */
    static final class Table {
        final int[] maxCode = new int[18];
        final int[] valPtr = new int[17];
        final int[] minCode = new int[17];
        final int[] values;

        Table(int[] counts, int[] values) {
            this.values = values;
            int code = 0;
            int k = 0;
            for (int len = 1; len <= 16; len++) {
                valPtr[len] = k;
                minCode[len] = code;
                code += counts[len - 1];
                k += counts[len - 1];
                maxCode[len] = counts[len - 1] == 0 ? -1 : code - 1;
                code <<= 1;
            }
            maxCode[17] = Integer.MAX_VALUE;
        }
    }

    private final byte[] d;
    private int pos;
    private int cache;
    private int bits;
    private int zeros;

    JpegHuffmanReader(byte[] data, int start) {
        this.d = data;
        this.pos = start;
    }

    private int bit() throws DicomException {
        if (bits == 0) {
            int v = 0;
            if (pos < d.length
                    && (d[pos] & 0xFF) == 0xFF
                    && pos + 1 < d.length
                    && d[pos + 1] == 0) {
                v = 0xFF;
                pos += 2;
            } else if (pos < d.length && (d[pos] & 0xFF) != 0xFF) {
                v = d[pos++] & 0xFF;
            } else if (++zeros > 64) {
                throw new PixelDataException(
                        "JPEG scan data end before the image is complete",
                        null,
                        pos,
                        Tag.PIXEL_DATA);
            }
            cache = v;
            bits = 8;
        }
        bits--;
        return (cache >> bits) & 1;
    }

    /** Reads {@code n} raw bits. */
    int bits(int n) throws DicomException {
        int v = 0;
        for (int i = 0; i < n; i++) {
            v = (v << 1) | bit();
        }
        return v;
    }

    /** Decodes one Huffman symbol. */
    int symbol(Table t) throws DicomException {
        int code = bit();
        int len = 1;
        while (len <= 16 && code > t.maxCode[len]) {
            code = (code << 1) | bit();
            len++;
        }
        if (len > 16) {
            throw new PixelDataException("invalid JPEG Huffman code", null, pos, Tag.PIXEL_DATA);
        }
        int idx = t.valPtr[len] + code - t.minCode[len];
        if (idx < 0 || idx >= t.values.length) {
            throw new PixelDataException(
                    "JPEG Huffman code outside its table", null, pos, Tag.PIXEL_DATA);
        }
        return t.values[idx];
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
        int v = bits(s);
        return v < (1 << (s - 1)) ? v - (1 << s) + 1 : v;
    }

    /** Skips to after the next restart marker, dropping buffered bits. */
    void restart() {
        bits = 0;
        while (pos + 1 < d.length) {
            if ((d[pos] & 0xFF) == 0xFF && (d[pos + 1] & 0xF8) == 0xD0) {
                pos += 2;
                return;
            }
            pos++;
        }
    }

    /** The first byte not yet consumed. */
    int position() {
        return pos;
    }
}
