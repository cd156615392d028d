package org.protopnet.dicom.codec;

import org.protopnet.dicom.DicomException;
import org.protopnet.dicom.PixelDataException;
import org.protopnet.dicom.Tag;

/**
 * Decodes lossless JPEG (T.81 process 14, Annex H): predictors 1-7, point transform, 2-16 bits,
 * interleaved components with 1×1 sampling, restart intervals.
 */
final class JpegLosslessDecoder implements FrameDecoder {
    private final JpegHuffmanReader.Table[] tables = new JpegHuffmanReader.Table[4];

    @Override
    public DecodedFrame decode(byte[] d, FrameGeometry g) throws DicomException {
        int p = 2;
        int precision = 0;
        int width = 0;
        int height = 0;
        int[] ids = null;
        int restart = 0;
        int[] out = null;
        while (p + 4 <= d.length) {
            if ((d[p] & 0xFF) != 0xFF) {
                throw fail("marker expected at byte " + p);
            }
            int m = 0xFF00 | (d[p + 1] & 0xFF);
            if (m == 0xFFFF) {
                p++;
                continue;
            }
            if (m == 0xFFD9) {
                break;
            }
            int len = ((d[p + 2] & 0xFF) << 8) | (d[p + 3] & 0xFF);
            int b = p + 4;
            int end = p + 2 + len;
            if (len < 2 || end > d.length) {
                throw fail("marker segment overruns the stream");
            }
            if (m == 0xFFC4) {
                readTables(d, b, end);
            } else if (m == 0xFFDD && len >= 4) {
                restart = ((d[b] & 0xFF) << 8) | (d[b + 1] & 0xFF);
            } else if (m == 0xFFC3) {
                precision = d[b] & 0xFF;
                height = ((d[b + 1] & 0xFF) << 8) | (d[b + 2] & 0xFF);
                width = ((d[b + 3] & 0xFF) << 8) | (d[b + 4] & 0xFF);
                int n = d[b + 5] & 0xFF;
                if (width != g.columns()
                        || height != g.rows()
                        || n != g.samplesPerPixel()
                        || precision < 2
                        || precision > 16
                        || len < 8 + 3 * n) {
                    throw fail("frame header does not match the image");
                }
                ids = new int[n];
                for (int i = 0; i < n; i++) {
                    ids[i] = d[b + 6 + 3 * i] & 0xFF;
                    if ((d[b + 7 + 3 * i] & 0xFF) != 0x11) {
                        throw fail("subsampled lossless JPEG is not supported");
                    }
                }
                out = new int[width * height * n];
            } else if (m == 0xFFDA) {
                if (out == null) {
                    throw fail("scan before the frame header");
                }
                scan(d, b, end, ids, precision, width, height, restart, out);
                return new DecodedFrame(out, false);
            }
            p = end;
        }
        throw fail("no scan in the stream");
    }

    private void readTables(byte[] d, int p, int end) throws DicomException {
        while (p + 17 <= end) {
            int id = d[p] & 3;
            int[] counts = new int[16];
            int total = 0;
            for (int i = 0; i < 16; i++) {
                counts[i] = d[p + 1 + i] & 0xFF;
                total += counts[i];
            }
            p += 17;
            if (p + total > end) {
                throw fail("truncated Huffman table");
            }
            int[] values = new int[total];
            for (int i = 0; i < total; i++) {
                values[i] = d[p + i] & 0xFF;
            }
            p += total;
            tables[id] = new JpegHuffmanReader.Table(counts, values);
        }
    }

    private void scan(
            byte[] d,
            int b,
            int end,
            int[] ids,
            int precision,
            int width,
            int height,
            int restart,
            int[] out)
            throws DicomException {
        int ns = d[b] & 0xFF;
        int n = ids.length;
        if (ns != n || end - b < 4 + 2 * ns) {
            throw fail("scans that do not interleave every component are not supported");
        }
        JpegHuffmanReader.Table[] t = new JpegHuffmanReader.Table[n];
        int[] order = new int[n];
        for (int i = 0; i < ns; i++) {
            int id = d[b + 1 + 2 * i] & 0xFF;
            order[i] = -1;
            for (int c = 0; c < n; c++) {
                if (ids[c] == id) {
                    order[i] = c;
                }
            }
            t[i] = tables[((d[b + 2 + 2 * i] & 0xFF) >> 4) & 3];
            if (order[i] < 0 || t[i] == null) {
                throw fail("scan refers to a missing component or table");
            }
        }
        int predictor = d[b + 1 + 2 * ns] & 0xFF;
        int pt = d[b + 3 + 2 * ns] & 0x0F;
        if (predictor < 1 || predictor > 7 || pt >= precision) {
            throw fail("bad predictor " + predictor + " or point transform " + pt);
        }
        JpegHuffmanReader in = new JpegHuffmanReader(d, end);
        int initial = 1 << (precision - pt - 1);
        int mask = 0xFFFF;
        int mcus = 0;
        // The first row of the scan and of every restart interval predicts from the left only,
        // its first sample from 2^(P-Pt-1); later rows start from the sample above (H.1.2.1).
        boolean resetRow = true;
        if (ns == 1 && predictor == 1 && restart == 0) {
            decodeSv1(in, t[0], initial, width, height, out);
            height = 0;
        }
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                boolean restarted = false;
                if (restart > 0 && mcus > 0 && mcus % restart == 0) {
                    in.restart();
                    resetRow = true;
                    restarted = true;
                }
                for (int i = 0; i < ns; i++) {
                    int c = order[i];
                    int idx = (y * width + x) * n + c;
                    int px;
                    if (resetRow) {
                        px = x == 0 || restarted || (y == 0 && x == 0) ? initial : out[idx - n];
                    } else if (x == 0) {
                        px = out[idx - width * n];
                    } else {
                        int ra = out[idx - n];
                        int rb = out[idx - width * n];
                        int rc = out[idx - width * n - n];
                        px =
                                switch (predictor) {
                                    case 1 -> ra;
                                    case 2 -> rb;
                                    case 3 -> rc;
                                    case 4 -> ra + rb - rc;
                                    case 5 -> ra + ((rb - rc) >> 1);
                                    case 6 -> rb + ((ra - rc) >> 1);
                                    default -> (ra + rb) >> 1;
                                };
                    }
                    int diff = in.difference(t[i]);
                    out[idx] = (px + diff) & mask;
                }
                mcus++;
            }
            resetRow = false;
        }
        if (pt > 0) {
            for (int i = 0; i < out.length; i++) {
                out[i] <<= pt;
            }
        }
    }

    /** The most common case (DICOM .70, one component, no restarts) in a tight loop. */
    private static void decodeSv1(
            JpegHuffmanReader in,
            JpegHuffmanReader.Table t,
            int initial,
            int width,
            int height,
            int[] out)
            throws DicomException {
        int px = initial;
        for (int x = 0; x < width; x++) {
            px = (px + in.difference(t)) & 0xFFFF;
            out[x] = px;
        }
        for (int y = 1; y < height; y++) {
            int row = y * width;
            int v = (out[row - width] + in.difference(t)) & 0xFFFF;
            out[row] = v;
            for (int x = 1; x < width; x++) {
                v = (v + in.difference(t)) & 0xFFFF;
                out[row + x] = v;
            }
        }
    }

    private static PixelDataException fail(String why) {
        return new PixelDataException(
                "lossless JPEG: " + why, null, DicomException.NO_OFFSET, Tag.PIXEL_DATA);
    }
}
