package org.protopnet.dicom.parse;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.protopnet.dicom.DicomException;
import org.protopnet.dicom.LimitExceededException;
import org.protopnet.dicom.MalformedDicomException;
import org.protopnet.dicom.Tag;

/** Reads the item sequence of encapsulated pixel data: offset table, fragments, delimiter. */
final class FragmentParser {
    private final byte[] b;
    private final Path file;
    private final int maxItems;
    private int position;

    FragmentParser(byte[] bytes, Path file, int maxItems) {
        this.b = bytes;
        this.file = file;
        this.maxItems = maxItems;
    }

    /** Reads the items from {@code pos}; fragments are always little endian. */
    Fragments read(int pos, int end) throws DicomException {
        long[] offsets = null;
        List<Fragments.Fragment> list = new ArrayList<>();
        while (true) {
            if (end - pos < 8) {
                throw new MalformedDicomException(
                        "encapsulated pixel data end without a sequence delimiter",
                        file,
                        pos,
                        Tag.PIXEL_DATA);
            }
            int tag = (u16(pos) << 16) | u16(pos + 2);
            long len = (u16(pos + 4) | ((long) u16(pos + 6) << 16)) & 0xFFFFFFFFL;
            pos += 8;
            if (tag == Tag.SEQUENCE_DELIMITATION) {
                break;
            }
            if (tag != Tag.ITEM) {
                throw new MalformedDicomException(
                        "expected a pixel data item, found " + Tag.toString(tag),
                        file,
                        pos - 8,
                        Tag.PIXEL_DATA);
            }
            if (len > end - pos) {
                throw new MalformedDicomException(
                        "pixel data fragment of "
                                + len
                                + " bytes exceeds the "
                                + (end - pos)
                                + " bytes left",
                        file,
                        pos - 8,
                        Tag.PIXEL_DATA);
            }
            int n = (int) len;
            if (list.size() >= maxItems) {
                throw new LimitExceededException(
                        "more than " + maxItems + " pixel data fragments",
                        file,
                        pos - 8,
                        Tag.PIXEL_DATA);
            }
            if (offsets == null) {
                offsets = new long[n / 4];
                for (int i = 0; i < offsets.length; i++) {
                    int p = pos + 4 * i;
                    offsets[i] = (u16(p) | ((long) u16(p + 2) << 16)) & 0xFFFFFFFFL;
                }
            } else {
                list.add(new Fragments.Fragment(pos, pos, n));
            }
            pos += n;
        }
        position = pos;
        return new Fragments(b, offsets == null ? new long[0] : offsets, list);
    }

    /** The position after the sequence delimiter. */
    int position() {
        return position;
    }

    private int u16(int p) {
        return (b[p] & 0xFF) | ((b[p + 1] & 0xFF) << 8);
    }
}
