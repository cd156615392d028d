package org.protopnet.dicom.codec;

import org.protopnet.dicom.DicomException;
import org.protopnet.dicom.PixelDataException;
import org.protopnet.dicom.Tag;

/**
 * The size a compressed stream declares (JPEG SOF, JPEG-LS SOF55, JPEG 2000 SIZ), read before
 * decoding so that a forged header cannot make a codec allocate more than the image needs.
 *
 * @param marker the SOF marker (0xFFC0..0xFFCF, 0xFFF7) or 0xFF51 for JPEG 2000
 * @param precision bits per sample (JPEG family) or 0
 * @param rows rows
 * @param columns columns
 * @param components components
 */
public record StreamHeader(int marker, int precision, int rows, int columns, int components) {

    /** Reads the first frame header of a JPEG or JPEG-LS stream. */
    public static StreamHeader jpeg(byte[] d) throws DicomException {
        if (d.length < 4 || (d[0] & 0xFF) != 0xFF || (d[1] & 0xFF) != 0xD8) {
            throw fail("JPEG stream does not start with SOI");
        }
        int p = 2;
        while (p + 4 <= d.length) {
            if ((d[p] & 0xFF) != 0xFF) {
                throw fail("JPEG marker expected at byte " + p);
            }
            int m = 0xFF00 | (d[p + 1] & 0xFF);
            if (m == 0xFFFF) {
                p++;
                continue;
            }
            int len = ((d[p + 2] & 0xFF) << 8) | (d[p + 3] & 0xFF);
            boolean sof =
                    (m >= 0xFFC0 && m <= 0xFFCF && m != 0xFFC4 && m != 0xFFC8 && m != 0xFFCC)
                            || m == 0xFFF7;
            if (sof) {
                if (p + 10 > d.length) {
                    break;
                }
                return new StreamHeader(
                        m, d[p + 4] & 0xFF, u16(d, p + 5), u16(d, p + 7), d[p + 9] & 0xFF);
            }
            if (m == 0xFFDA || len < 2) {
                break;
            }
            p += 2 + len;
        }
        throw fail("JPEG stream has no frame header");
    }

    /** Reads the SIZ segment of a JPEG 2000 codestream, bare or in a JP2 file. */
    public static StreamHeader jpeg2000(byte[] d) throws DicomException {
        int limit = Math.min(d.length - 1, 1 << 20);
        for (int p = 0; p + 1 < limit; p++) {
            if ((d[p] & 0xFF) == 0xFF
                    && (d[p + 1] & 0xFF) == 0x4F
                    && p + 42 <= d.length
                    && (d[p + 2] & 0xFF) == 0xFF
                    && (d[p + 3] & 0xFF) == 0x51) {
                int s = p + 4;
                long xs = u32(d, s + 4) - u32(d, s + 12);
                long ys = u32(d, s + 8) - u32(d, s + 16);
                int comps = u16(d, s + 36);
                int precision = comps > 0 && s + 39 <= d.length ? (d[s + 38] & 0x7F) + 1 : 0;
                if (xs <= 0 || ys <= 0 || xs > 1 << 20 || ys > 1 << 20) {
                    throw fail("JPEG 2000 image size " + xs + "x" + ys + " is not plausible");
                }
                return new StreamHeader(0xFF51, precision, (int) ys, (int) xs, comps);
            }
        }
        throw fail("no JPEG 2000 codestream (SOC, SIZ) found");
    }

    /**
     * Checks JPEG 2000 packet data for bytes that bit stuffing makes impossible: after the first
     * SOD, 0xFF may only be followed by a byte below 0x90 or by SOT, SOP, EPH or EOC. The jj2000
     * decoder can spin on such data instead of failing, so it never gets to see it.
     */
    public static void checkJpeg2000Packets(byte[] d) throws DicomException {
        int start = -1;
        for (int p = 0; p + 1 < d.length; p++) {
            if ((d[p] & 0xFF) == 0xFF && (d[p + 1] & 0xFF) == 0x93) {
                start = p + 2;
                break;
            }
        }
        if (start < 0) {
            throw fail("JPEG 2000 codestream has no tile data (SOD)");
        }
        for (int p = start; p + 1 < d.length; p++) {
            if ((d[p] & 0xFF) != 0xFF) {
                continue;
            }
            int next = d[p + 1] & 0xFF;
            boolean ok = next < 0x94 || next == 0xD9;
            if (!ok) {
                throw fail(
                        String.format(
                                "corrupt JPEG 2000 codestream: 0xFF%02X inside packet data at byte %d",
                                next, p));
            }
        }
    }

    /** Throws unless the declared size matches {@code g}. */
    public void check(FrameGeometry g, String codec) throws DicomException {
        if (rows != g.rows() || columns != g.columns() || components != g.samplesPerPixel()) {
            throw fail(
                    String.format(
                            "%s stream is %dx%d with %d components, the header says %dx%d with %d",
                            codec,
                            columns,
                            rows,
                            components,
                            g.columns(),
                            g.rows(),
                            g.samplesPerPixel()));
        }
    }

    private static int u16(byte[] d, int p) {
        return ((d[p] & 0xFF) << 8) | (d[p + 1] & 0xFF);
    }

    private static long u32(byte[] d, int p) {
        return ((long) u16(d, p) << 16) | u16(d, p + 2);
    }

    private static PixelDataException fail(String why) {
        return new PixelDataException(why, null, DicomException.NO_OFFSET, Tag.PIXEL_DATA);
    }
}
