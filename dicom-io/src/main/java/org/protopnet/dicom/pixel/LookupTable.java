package org.protopnet.dicom.pixel;

import org.protopnet.dicom.Tag;
import org.protopnet.dicom.parse.Dataset;
import org.protopnet.dicom.parse.Element;

/**
 * A LUT Descriptor / LUT Data pair (modality or VOI): values below the first mapped input take the
 * first entry, values above the last take the last.
 */
public final class LookupTable {
    private final int firstMapped;
    private final int[] data;

    /** A table whose entry 0 maps input {@code firstMapped}. */
    public LookupTable(int firstMapped, int[] data) {
        this.firstMapped = firstMapped;
        this.data = data.clone();
    }

    /** Reads a LUT item, or returns {@code null} when its descriptor or data are unusable. */
    public static LookupTable from(Dataset item, boolean signedInput) {
        int[] desc = item.getInts(Tag.LUT_DESCRIPTOR);
        Element data = item.get(Tag.LUT_DATA);
        if (desc.length < 3 || data == null) {
            return null;
        }
        int entries = desc[0] == 0 ? 65536 : desc[0] & 0xFFFF;
        int first = desc[1];
        if (signedInput && first > 32767) {
            first -= 65536;
        }
        int bits = desc[2];
        java.nio.ByteBuffer b = data.buffer();
        int[] values = new int[entries];
        if (b.remaining() >= 2 * entries) {
            for (int i = 0; i < entries; i++) {
                values[i] = b.getShort(2 * i) & 0xFFFF;
            }
        } else if (b.remaining() >= entries && bits <= 8) {
            for (int i = 0; i < entries; i++) {
                values[i] = b.get(i) & 0xFF;
            }
        } else {
            return null;
        }
        return new LookupTable(first, values);
    }

    /** The output for {@code input}. */
    public int lookup(long input) {
        long i = input - firstMapped;
        if (i <= 0) {
            return data[0];
        }
        return i >= data.length ? data[data.length - 1] : data[(int) i];
    }

    /** Number of entries. */
    public int size() {
        return data.length;
    }

    /** The largest output value. */
    public int max() {
        int m = 0;
        for (int v : data) {
            m = Math.max(m, v);
        }
        return m;
    }
}
