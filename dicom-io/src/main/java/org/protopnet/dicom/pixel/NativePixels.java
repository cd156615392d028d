package org.protopnet.dicom.pixel;

import org.protopnet.dicom.DicomException;
import org.protopnet.dicom.PixelDataException;
import org.protopnet.dicom.Tag;
import org.protopnet.dicom.VR;
import org.protopnet.dicom.parse.Element;

/**
 * Unpacks native (uncompressed) pixel data into {@link StoredPixels}: byte order, 1-bit packing,
 * planar configuration, 4:2:2 subsampling, high bit and sign.
 */
final class NativePixels {
    private NativePixels() {}

    static void decode(Element e, PixelDescription d, StoredPixels out) throws DicomException {
        long frameBytes = d.nativeFrameBytes();
        long need =
                d.bitsAllocated() == 1
                        ? ((long) d.rows() * d.columns() * d.frames() + 7) / 8
                        : frameBytes * d.frames();
        if (e.length() < need) {
            throw new PixelDataException(
                    "native pixel data has " + e.length() + " bytes, the image needs " + need,
                    null,
                    e.offset(),
                    Tag.PIXEL_DATA);
        }
        byte[] b = e.rawBuffer();
        int start = e.start();
        if (d.bitsAllocated() == 1) {
            unpackBits(b, start, d, out);
            return;
        }
        boolean swap8 = e.bigEndian() && e.vr() == VR.OW && d.bitsAllocated() == 8;
        int shift = d.highBit() + 1 - d.bitsStored();
        if (shift == 0
                && !swap8
                && !d.planar()
                && frameBytes == d.samplesPerFrame() * (d.bitsAllocated() / 8)
                && d.bitsAllocated() <= 16) {
            copyInterleaved(b, start, d, e.bigEndian(), out);
            return;
        }
        int spp = d.samplesPerPixel();
        int pixels = d.rows() * d.columns();
        boolean subsampled = frameBytes < (long) pixels * spp * (d.bitsAllocated() / 8);
        int[] frame = new int[pixels * spp];
        for (int f = 0; f < d.frames(); f++) {
            int base = start + (int) (f * frameBytes);
            int count = subsampled ? pixels * 2 : pixels * spp;
            int[] raw = subsampled ? new int[count] : frame;
            for (int i = 0; i < count; i++) {
                raw[i] = sample(b, base, i, d.bitsAllocated(), e.bigEndian(), swap8) >>> shift;
            }
            if (subsampled) {
                upsample422(raw, frame, pixels);
            } else if (d.planar()) {
                int[] planar = frame.clone();
                for (int p = 0; p < pixels; p++) {
                    for (int s = 0; s < spp; s++) {
                        frame[p * spp + s] = planar[s * pixels + p];
                    }
                }
            }
            out.setFrame(f, frame);
        }
    }

    /** The common case, sample by sample straight into the output array. */
    private static void copyInterleaved(
            byte[] b, int start, PixelDescription d, boolean big, StoredPixels out) {
        int n = out.size();
        int bits = d.bitsStored();
        if (d.bitsAllocated() == 8) {
            byte[] o = out.byteArray();
            if (bits == 8) {
                System.arraycopy(b, start, o, 0, n);
                return;
            }
            for (int i = 0; i < n; i++) {
                o[i] = (byte) out.clip(b[start + i]);
            }
            return;
        }
        short[] o = out.shortArray();
        int hi = big ? 0 : 1;
        int lo = 1 - hi;
        int sh = 32 - bits;
        if (d.signed()) {
            for (int i = 0, p = start; i < n; i++, p += 2) {
                int v = ((b[p + hi] & 0xFF) << 8) | (b[p + lo] & 0xFF);
                o[i] = (short) ((v << sh) >> sh);
            }
        } else {
            int mask = (1 << bits) - 1;
            for (int i = 0, p = start; i < n; i++, p += 2) {
                o[i] = (short) ((((b[p + hi] & 0xFF) << 8) | (b[p + lo] & 0xFF)) & mask);
            }
        }
    }

    private static int sample(byte[] b, int base, int i, int bits, boolean big, boolean swap8) {
        switch (bits) {
            case 8:
                return b[base + (swap8 ? i ^ 1 : i)] & 0xFF;
            case 16:
                {
                    int p = base + 2 * i;
                    return big
                            ? ((b[p] & 0xFF) << 8) | (b[p + 1] & 0xFF)
                            : (b[p] & 0xFF) | ((b[p + 1] & 0xFF) << 8);
                }
            default:
                {
                    int p = base + 4 * i;
                    return big
                            ? ((b[p] & 0xFF) << 24)
                                    | ((b[p + 1] & 0xFF) << 16)
                                    | ((b[p + 2] & 0xFF) << 8)
                                    | (b[p + 3] & 0xFF)
                            : (b[p] & 0xFF)
                                    | ((b[p + 1] & 0xFF) << 8)
                                    | ((b[p + 2] & 0xFF) << 16)
                                    | ((b[p + 3] & 0xFF) << 24);
                }
        }
    }

    /** Y1 Y2 Cb Cr per pixel pair becomes Y1 Cb Cr Y2 Cb Cr. */
    static void upsample422(int[] raw, int[] frame, int pixels) {
        for (int p = 0, q = 0; q + 3 < raw.length; p += 2, q += 4) {
            frame[3 * p] = raw[q];
            frame[3 * p + 1] = raw[q + 2];
            frame[3 * p + 2] = raw[q + 3];
            if (p + 1 < pixels) {
                frame[3 * p + 3] = raw[q + 1];
                frame[3 * p + 4] = raw[q + 2];
                frame[3 * p + 5] = raw[q + 3];
            }
        }
    }

    /** Bits run across frames with no padding; the first pixel is the least significant bit. */
    private static void unpackBits(byte[] b, int start, PixelDescription d, StoredPixels out) {
        long total = (long) d.rows() * d.columns() * d.frames();
        for (int i = 0; i < total; i++) {
            int bit = (b[start + (i >>> 3)] >> (i & 7)) & 1;
            out.set(i, bit);
        }
    }
}
