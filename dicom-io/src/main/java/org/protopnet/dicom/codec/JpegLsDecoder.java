package org.protopnet.dicom.codec;

import org.protopnet.dicom.DicomException;
import org.protopnet.dicom.PixelDataException;
import org.protopnet.dicom.Tag;
import org.protopnet.dicom.UnsupportedDicomException;

/**
 * Decodes JPEG-LS (ITU-T T.87) lossless and near-lossless streams: one or more scans, no interleave
 * or line interleave, custom preset parameters (LSE). Sample-interleaved colour and mapping tables
 * are refused with a message naming how to transcode.
 */
public final class JpegLsDecoder implements FrameDecoder {

    @Override
    public DecodedFrame decode(byte[] d, FrameGeometry g) throws DicomException {
        int p = 2;
        int precision = 0;
        int width = 0;
        int height = 0;
        int comps = 0;
        int[] ids = new int[0];
        int maxval = -1;
        int[] thresholds = null;
        int reset = 64;
        int[] out = null;
        int scans = 0;
        int filled = 0;
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
            int body = p + 4;
            if (len < 2 || p + 2 + len > d.length) {
                throw fail("marker segment 0x" + Integer.toHexString(m) + " overruns the stream");
            }
            switch (m) {
                case 0xFFF7 -> {
                    precision = d[body] & 0xFF;
                    height = u16(d, body + 1);
                    width = u16(d, body + 3);
                    comps = d[body + 5] & 0xFF;
                    if (precision < 2
                            || precision > 16
                            || comps < 1
                            || comps > 4
                            || len < 8 + 3 * comps) {
                        throw fail("bad JPEG-LS frame header");
                    }
                    ids = new int[comps];
                    for (int i = 0; i < comps; i++) {
                        ids[i] = d[body + 6 + 3 * i] & 0xFF;
                    }
                    if (width != g.columns()
                            || height != g.rows()
                            || comps != g.samplesPerPixel()) {
                        throw fail("stream size does not match the header");
                    }
                    out = new int[width * height * comps];
                }
                case 0xFFF8 -> {
                    int id = d[body] & 0xFF;
                    if (id == 1 && len >= 13) {
                        maxval = u16(d, body + 1);
                        thresholds =
                                new int[] {u16(d, body + 3), u16(d, body + 5), u16(d, body + 7)};
                        reset = u16(d, body + 9);
                    } else if (id != 1) {
                        throw unsupported(
                                "JPEG-LS mapping tables or extended parameters (LSE id "
                                        + id
                                        + ")");
                    }
                }
                case 0xFFDD -> {
                    if (len >= 4 && u16(d, body) != 0) {
                        throw unsupported("JPEG-LS restart intervals");
                    }
                }
                case 0xFFDA -> {
                    if (out == null) {
                        throw fail("scan before the frame header");
                    }
                    int ns = d[body] & 0xFF;
                    if (ns < 1 || len < 6 + 2 * ns) {
                        throw fail("bad JPEG-LS scan header");
                    }
                    int first = indexOf(ids, d[body + 1] & 0xFF);
                    for (int i = 0; i < ns; i++) {
                        if ((d[body + 2 + 2 * i] & 0xFF) != 0) {
                            throw unsupported("JPEG-LS mapping tables");
                        }
                    }
                    int near = d[body + 1 + 2 * ns] & 0xFF;
                    int ilv = d[body + 2 + 2 * ns] & 0xFF;
                    int shift = d[body + 3 + 2 * ns] & 0x0F;
                    if (ilv > 2 || first < 0 || first + ns > comps) {
                        throw fail("bad JPEG-LS scan parameters");
                    }
                    int mv = maxval > 0 ? maxval : (1 << precision) - 1;
                    int[] t =
                            thresholds != null && thresholds[0] > 0
                                    ? thresholds
                                    : defaults(mv, near);
                    int dataStart = p + 2 + len;
                    int dataEnd = scanEnd(d, dataStart);
                    JpegLsBitReader bits = new JpegLsBitReader(d, dataStart, dataEnd);
                    JpegLsScan scan = new JpegLsScan(bits, mv, near, t, reset > 0 ? reset : 64);
                    if (ilv == 2 && ns > 1) {
                        if (ns != comps) {
                            throw unsupported(
                                    "sample-interleaved JPEG-LS scans of some components");
                        }
                        scan.decodeSampleInterleaved(width, height, ns, out);
                    } else {
                        scan.decode(width, height, ns, out, comps, first);
                    }
                    if (shift > 0) {
                        for (int i = 0; i < out.length; i++) {
                            out[i] <<= shift;
                        }
                    }
                    filled += ns;
                    scans++;
                    p = dataEnd;
                    continue;
                }
                default -> {
                    // APPn, COM and other segments carry nothing the decoder needs.
                }
            }
            p += 2 + len;
        }
        if (out == null || scans == 0 || filled < comps) {
            throw fail(
                    "JPEG-LS stream has no complete image ("
                            + filled
                            + " of "
                            + comps
                            + " components)");
        }
        return new DecodedFrame(out, false);
    }

    /** Default thresholds T1, T2, T3 (T.87 C.2.4.1.1). */
    static int[] defaults(int maxval, int near) {
        int t1;
        int t2;
        int t3;
        if (maxval >= 128) {
            int f = (Math.min(maxval, 4095) + 128) / 256;
            t1 = clamp(f * (3 - 2) + 2 + 3 * near, near + 1, maxval);
            t2 = clamp(f * (7 - 3) + 3 + 5 * near, t1, maxval);
            t3 = clamp(f * (21 - 4) + 4 + 7 * near, t2, maxval);
        } else {
            int f = 256 / (maxval + 1);
            t1 = clamp(Math.max(2, 3 / f + 3 * near), near + 1, maxval);
            t2 = clamp(Math.max(3, 7 / f + 5 * near), t1, maxval);
            t3 = clamp(Math.max(4, 21 / f + 7 * near), t2, maxval);
        }
        return new int[] {t1, t2, t3};
    }

    private static int clamp(int i, int j, int maxval) {
        return i > maxval || i < j ? j : i;
    }

    /** The first marker after entropy-coded data: 0xFF followed by a byte with its top bit set. */
    private static int scanEnd(byte[] d, int from) {
        for (int i = from; i + 1 < d.length; i++) {
            if ((d[i] & 0xFF) == 0xFF && (d[i + 1] & 0x80) != 0) {
                return i;
            }
        }
        return d.length;
    }

    private static int indexOf(int[] ids, int id) {
        for (int i = 0; i < ids.length; i++) {
            if (ids[i] == id) {
                return i;
            }
        }
        return -1;
    }

    private static int u16(byte[] d, int p) {
        return ((d[p] & 0xFF) << 8) | (d[p + 1] & 0xFF);
    }

    private static PixelDataException fail(String why) {
        return new PixelDataException(
                "JPEG-LS: " + why, null, DicomException.NO_OFFSET, Tag.PIXEL_DATA);
    }

    private static UnsupportedDicomException unsupported(String what) {
        return new UnsupportedDicomException(
                what
                        + " are not supported; transcode with dcmtk "
                        + "(dcmdjpls in.dcm out.dcm) or gdcm (gdcmconv --raw in.dcm out.dcm)");
    }
}
