package org.protopnet.dicom.codec;

import org.protopnet.dicom.DicomException;
import org.protopnet.dicom.PixelDataException;
import org.protopnet.dicom.Tag;
import org.protopnet.dicom.UnsupportedDicomException;

/**
 * Decodes sequential Huffman DCT JPEG (T.81 processes 1, 2 and 4) at 8 or 12 bits, which the
 * ImageIO readers refuse at 12 bits. Chroma is upsampled by replication; colour stays as stored.
 */
final class JpegDctDecoder implements FrameDecoder {
    private static final int[] ZIGZAG = {
        0, 1, 8, 16, 9, 2, 3, 10, 17, 24, 32, 25, 18, 11, 4, 5, 12, 19, 26, 33, 40, 48, 41, 34, 27,
        20, 13, 6, 7, 14, 21, 28, 35, 42, 49, 56, 57, 50, 43, 36, 29, 22, 15, 23, 30, 37, 44, 51,
        58, 59, 52, 45, 38, 31, 39, 46, 53, 60, 61, 54, 47, 55, 62, 63
    };
    private final int[][] quant = new int[4][];
    private final JpegHuffmanReader.Table[] dc = new JpegHuffmanReader.Table[4];
    private final JpegHuffmanReader.Table[] ac = new JpegHuffmanReader.Table[4];
    private int precision;
    private int width;
    private int height;
    private int[] ids;
    private int[] h;
    private int[] v;
    private int[] tq;
    private int hmax;
    private int vmax;
    private int[][] planes;
    private int[] planeWidth;
    private int restartInterval;

    @Override
    public DecodedFrame decode(byte[] d, FrameGeometry g) throws DicomException {
        int p = 2;
        while (p + 4 <= d.length) {
            int m = 0xFF00 | (d[p + 1] & 0xFF);
            if ((d[p] & 0xFF) != 0xFF) {
                throw fail("marker expected at byte " + p);
            }
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
            if (m == 0xFFDB) {
                readQuant(d, b, end);
            } else if (m == 0xFFC4) {
                readHuffman(d, b, end);
            } else if (m == 0xFFDD) {
                restartInterval = ((d[b] & 0xFF) << 8) | (d[b + 1] & 0xFF);
            } else if (m == 0xFFC0 || m == 0xFFC1) {
                readFrame(d, b, g);
            } else if (m >= 0xFFC2 && m <= 0xFFCF && m != 0xFFC4 && m != 0xFFC8 && m != 0xFFCC) {
                throw new UnsupportedDicomException(
                        "JPEG process with SOF marker 0x"
                                + Integer.toHexString(m)
                                + " (progressive, hierarchical or arithmetic)"
                                + " is not supported; transcode with dcmtk dcmdjpeg");
            } else if (m == 0xFFDA) {
                if (planes == null) {
                    throw fail("scan before the frame header");
                }
                p = scan(d, b, end);
                continue;
            }
            p = end;
        }
        if (planes == null) {
            throw fail("no frame in the JPEG stream");
        }
        return new DecodedFrame(interleave(), false);
    }

    private void readQuant(byte[] d, int p, int end) throws DicomException {
        while (p < end) {
            int pq = (d[p] & 0xFF) >> 4;
            int id = d[p] & 3;
            p++;
            int[] t = new int[64];
            for (int i = 0; i < 64; i++) {
                if (p + (pq == 0 ? 1 : 2) > end) {
                    throw fail("truncated quantisation table");
                }
                t[ZIGZAG[i]] = pq == 0 ? d[p++] & 0xFF : ((d[p++] & 0xFF) << 8) | (d[p++] & 0xFF);
            }
            quant[id] = t;
        }
    }

    private void readHuffman(byte[] d, int p, int end) throws DicomException {
        while (p + 17 <= end) {
            int cls = (d[p] & 0xFF) >> 4;
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
            (cls == 0 ? dc : ac)[id] = new JpegHuffmanReader.Table(counts, values);
        }
    }

    private void readFrame(byte[] d, int p, FrameGeometry g) throws DicomException {
        precision = d[p] & 0xFF;
        height = ((d[p + 1] & 0xFF) << 8) | (d[p + 2] & 0xFF);
        width = ((d[p + 3] & 0xFF) << 8) | (d[p + 4] & 0xFF);
        int n = d[p + 5] & 0xFF;
        if (width != g.columns()
                || height != g.rows()
                || n != g.samplesPerPixel()
                || (precision != 8 && precision != 12)
                || p + 6 + 3 * n > d.length) {
            throw fail("JPEG frame header does not match the image");
        }
        ids = new int[n];
        h = new int[n];
        v = new int[n];
        tq = new int[n];
        for (int i = 0; i < n; i++) {
            ids[i] = d[p + 6 + 3 * i] & 0xFF;
            h[i] = Math.max(1, Math.min(4, (d[p + 7 + 3 * i] & 0xFF) >> 4));
            v[i] = Math.max(1, Math.min(4, d[p + 7 + 3 * i] & 0x0F));
            tq[i] = d[p + 8 + 3 * i] & 3;
            hmax = Math.max(hmax, h[i]);
            vmax = Math.max(vmax, v[i]);
        }
        planes = new int[n][];
        planeWidth = new int[n];
        int mcusX = (width + 8 * hmax - 1) / (8 * hmax);
        int mcusY = (height + 8 * vmax - 1) / (8 * vmax);
        for (int i = 0; i < n; i++) {
            planeWidth[i] = mcusX * h[i] * 8;
            planes[i] = new int[planeWidth[i] * mcusY * v[i] * 8];
        }
    }

    private int scan(byte[] d, int p, int end) throws DicomException {
        int ns = d[p] & 0xFF;
        int[] comps = new int[ns];
        int[] td = new int[ns];
        int[] ta = new int[ns];
        for (int i = 0; i < ns; i++) {
            int id = d[p + 1 + 2 * i] & 0xFF;
            comps[i] = -1;
            for (int c = 0; c < ids.length; c++) {
                if (ids[c] == id) {
                    comps[i] = c;
                }
            }
            td[i] = (d[p + 2 + 2 * i] & 0xFF) >> 4 & 3;
            ta[i] = d[p + 2 + 2 * i] & 3;
            if (comps[i] < 0
                    || dc[td[i]] == null
                    || ac[ta[i]] == null
                    || quant[tq[comps[i]]] == null) {
                throw fail("scan refers to a missing component or table");
            }
        }
        JpegHuffmanReader in = new JpegHuffmanReader(d, end);
        int[] pred = new int[ns];
        int[] block = new int[64];
        boolean single = ns == 1;
        int c0 = comps[0];
        int mcusX =
                single
                        ? (int) Math.ceil(Math.ceil(width * h[c0] / (double) hmax) / 8)
                        : (width + 8 * hmax - 1) / (8 * hmax);
        int mcusY =
                single
                        ? (int) Math.ceil(Math.ceil(height * v[c0] / (double) vmax) / 8)
                        : (height + 8 * vmax - 1) / (8 * vmax);
        int count = 0;
        for (int my = 0; my < mcusY; my++) {
            for (int mx = 0; mx < mcusX; mx++) {
                if (restartInterval > 0 && count > 0 && count % restartInterval == 0) {
                    in.restart();
                    java.util.Arrays.fill(pred, 0);
                }
                count++;
                for (int i = 0; i < ns; i++) {
                    int c = comps[i];
                    int bh = single ? 1 : h[c];
                    int bv = single ? 1 : v[c];
                    for (int by = 0; by < bv; by++) {
                        for (int bx = 0; bx < bh; bx++) {
                            pred[i] = block(in, dc[td[i]], ac[ta[i]], pred[i], block);
                            int x0 = (single ? mx : mx * h[c] + bx) * 8;
                            int y0 = (single ? my : my * v[c] + by) * 8;
                            InverseDct.toPlane(
                                    block,
                                    quant[tq[c]],
                                    precision,
                                    planes[c],
                                    planeWidth[c],
                                    x0,
                                    y0);
                        }
                    }
                }
            }
        }
        return in.position();
    }

    private static int block(
            JpegHuffmanReader in,
            JpegHuffmanReader.Table dcT,
            JpegHuffmanReader.Table acT,
            int pred,
            int[] block)
            throws DicomException {
        java.util.Arrays.fill(block, 0);
        int dcValue = pred + in.receiveExtend(in.symbol(dcT));
        block[0] = dcValue;
        for (int k = 1; k < 64; ) {
            int rs = in.symbol(acT);
            int r = rs >> 4;
            int s = rs & 15;
            if (s == 0) {
                if (r != 15) {
                    break;
                }
                k += 16;
                continue;
            }
            k += r;
            if (k > 63) {
                throw new PixelDataException("JPEG AC coefficients run past the block");
            }
            block[ZIGZAG[k]] = in.receiveExtend(s);
            k++;
        }
        return dcValue;
    }

    private int[] interleave() {
        int n = planes.length;
        int[] out = new int[width * height * n];
        for (int c = 0; c < n; c++) {
            for (int y = 0; y < height; y++) {
                int sy = y * v[c] / vmax;
                for (int x = 0; x < width; x++) {
                    out[(y * width + x) * n + c] = planes[c][sy * planeWidth[c] + x * h[c] / hmax];
                }
            }
        }
        return out;
    }

    private static PixelDataException fail(String why) {
        return new PixelDataException(
                "JPEG: " + why, null, DicomException.NO_OFFSET, Tag.PIXEL_DATA);
    }
}
