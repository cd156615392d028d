package org.protopnet.dicom.pixel;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import org.protopnet.dicom.DicomException;
import org.protopnet.dicom.MalformedDicomException;
import org.protopnet.dicom.Tag;
import org.protopnet.dicom.parse.Dataset;
import org.protopnet.dicom.parse.Element;

/**
 * The red, green and blue palettes of a PALETTE COLOR image (plain or segmented, 8- or 16-bit
 * entries), turning a stored index into a colour.
 */
public final class PaletteLut {
    private final int firstMapped;
    private final int bits;
    private final int[][] rgb;

    private PaletteLut(int firstMapped, int bits, int[][] rgb) {
        this.firstMapped = firstMapped;
        this.bits = bits;
        this.rgb = rgb;
    }

    /** Reads the palette descriptors and data. */
    public static PaletteLut from(Dataset ds, PixelDescription d) throws DicomException {
        int[] desc = ds.getInts(Tag.RED_PALETTE_DESCRIPTOR);
        if (desc.length < 3) {
            throw new MalformedDicomException(
                    "PALETTE COLOR without a palette descriptor",
                    null,
                    DicomException.NO_OFFSET,
                    Tag.RED_PALETTE_DESCRIPTOR);
        }
        int entries = desc[0] == 0 ? 65536 : desc[0] & 0xFFFF;
        int first = desc[1];
        if (d.signed() && first > 32767) {
            first -= 65536;
        }
        int bits = desc[2] == 8 ? 8 : 16;
        int[][] channels = new int[3][];
        for (int c = 0; c < 3; c++) {
            Element plain = ds.get(Tag.RED_PALETTE_DATA + c);
            Element segmented = ds.get(Tag.SEGMENTED_RED_PALETTE_DATA + c);
            if (plain != null) {
                channels[c] = plain(plain.buffer(), entries, bits);
            } else if (segmented != null) {
                channels[c] = segmented(segmented.buffer(), entries);
            } else {
                throw new MalformedDicomException(
                        "PALETTE COLOR without palette data",
                        null,
                        DicomException.NO_OFFSET,
                        Tag.RED_PALETTE_DATA + c);
            }
        }
        return new PaletteLut(first, bits, channels);
    }

    /** Bits per palette entry (8 or 16). */
    public int bits() {
        return bits;
    }

    /** The colour component {@code c} (0 red, 1 green, 2 blue) for a stored index. */
    public int lookup(long index, int c) {
        int[] t = rgb[c];
        long i = index - firstMapped;
        return t[(int) Math.max(0, Math.min(t.length - 1, i))];
    }

    private static int[] plain(ByteBuffer b, int entries, int bits) {
        int[] out = new int[entries];
        boolean packedBytes = bits == 8 && b.remaining() < 2 * entries;
        for (int i = 0; i < entries; i++) {
            if (packedBytes) {
                out[i] = i < b.remaining() ? b.get(i) & 0xFF : 0;
            } else {
                out[i] = 2 * i + 1 < b.remaining() ? b.getShort(2 * i) & 0xFFFF : 0;
                if (bits == 8) {
                    out[i] &= 0xFF;
                }
            }
        }
        return out;
    }

    /** Expands segmented palette data (PS3.3 C.7.9.2): discrete, linear and indirect segments. */
    private static int[] segmented(ByteBuffer b, int entries) throws DicomException {
        int words = b.remaining() / 2;
        List<Integer> out = new ArrayList<>();
        int p = 0;
        while (p + 1 < words && out.size() < entries) {
            int type = b.getShort(2 * p) & 0xFFFF;
            int len = b.getShort(2 * p + 2) & 0xFFFF;
            p += 2;
            if (type == 0) {
                for (int i = 0; i < len && p < words; i++) {
                    out.add(b.getShort(2 * p++) & 0xFFFF);
                }
            } else if (type == 1 && p < words && !out.isEmpty()) {
                int y0 = out.get(out.size() - 1);
                int y1 = b.getShort(2 * p++) & 0xFFFF;
                for (int i = 1; i <= len; i++) {
                    out.add(y0 + (int) Math.round((y1 - y0) * (double) i / len));
                }
            } else {
                throw new MalformedDicomException(
                        "unsupported or broken palette segment type " + type,
                        null,
                        DicomException.NO_OFFSET,
                        Tag.SEGMENTED_RED_PALETTE_DATA);
            }
        }
        int[] t = new int[entries];
        for (int i = 0; i < entries; i++) {
            t[i] = i < out.size() ? out.get(i) : out.isEmpty() ? 0 : out.get(out.size() - 1);
        }
        return t;
    }
}
