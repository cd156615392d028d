package org.protopnet.dicom.parse;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.protopnet.dicom.DicomException;
import org.protopnet.dicom.LimitExceededException;
import org.protopnet.dicom.MalformedDicomException;
import org.protopnet.dicom.Tag;
import org.protopnet.dicom.VR;

/**
 * Parses data elements from a byte array: every length is checked against the bytes left, and
 * sequence nesting is bounded so a file cannot drive the recursion into a stack overflow.
 */
final class DataSetParser {
    private static final long UNDEFINED = 0xFFFFFFFFL;

    /** How elements are encoded: explicit or implicit VR, and byte order. */
    record Encoding(boolean explicit, boolean bigEndian) {}

    private final byte[] b;
    private final Path file;
    private final ReadOptions options;
    private int elements;
    private int stopTag = -1;

    DataSetParser(byte[] bytes, Path file, ReadOptions options) {
        this.b = bytes;
        this.file = file;
        this.options = options;
    }

    /** Stops top-level parsing at the first tag not below {@code tag} (e.g. Pixel Data). */
    void stopAt(int tag) {
        this.stopTag = tag;
    }

    /**
     * Reads elements of {@code [pos, end)} into {@code ds}; returns the position reached. Bytes
     * after the top-level Pixel Data that do not parse are ignored as trailing junk, as the image
     * is already complete.
     */
    int readDataset(Dataset ds, int pos, int end, Encoding enc, int depth, boolean untilItemEnd)
            throws DicomException {
        while (pos < end) {
            int next;
            try {
                next = readElement(ds, pos, end, enc, depth, untilItemEnd);
            } catch (MalformedDicomException e) {
                if (depth == 0 && !untilItemEnd && ds.contains(Tag.PIXEL_DATA)) {
                    return end;
                }
                throw e;
            }
            if (next < 0) {
                return -next - 1;
            }
            pos = next;
        }
        if (untilItemEnd) {
            throw malformed(
                    "item without delimitation runs to the end of its container",
                    pos,
                    DicomException.NO_TAG);
        }
        return pos;
    }

    /**
     * Reads one element at {@code pos}; returns the position after it, or {@code -(p + 1)} when the
     * data set ends at {@code p} (item delimiter, stop tag, trailing zero padding).
     */
    private int readElement(
            Dataset ds, int pos, int end, Encoding enc, int depth, boolean untilItemEnd)
            throws DicomException {
        if (end - pos < 8) {
            if (allZero(pos, end)) {
                return -end - 1;
            }
            throw malformed(
                    "truncated element header: " + (end - pos) + " bytes left",
                    pos,
                    DicomException.NO_TAG);
        }
        int tag = tag(pos, enc.bigEndian());
        if (depth == 0 && stopTag != -1 && Integer.compareUnsigned(tag, stopTag) >= 0) {
            return -pos - 1;
        }
        if (tag == Tag.ITEM_DELIMITATION) {
            return untilItemEnd ? -(pos + 8) - 1 : pos + 8;
        }
        if (tag == Tag.ITEM || tag == Tag.SEQUENCE_DELIMITATION) {
            // Real files (e.g. an ultrasound region sequence that lost its header) carry
            // stray items; one with a length that fits is skipped, anything else is fatal.
            long stray = u32(pos + 4, enc.bigEndian());
            if (tag == Tag.ITEM && stray != UNDEFINED && stray <= end - pos - 8) {
                return pos + 8 + (int) stray;
            }
            throw malformed("item tag outside a sequence", pos, tag);
        }
        if (++elements > options.maxElements()) {
            throw new LimitExceededException(
                    "more than " + options.maxElements() + " elements", file, pos, tag);
        }
        VR vr;
        long len;
        int header;
        if (enc.explicit()) {
            vr = VR.of(b[pos + 4] & 0xFF, b[pos + 5] & 0xFF);
            if (vr == null) {
                // An implicit VR element inside explicit VR data (a common writer bug):
                // take the dictionary VR and a 4-byte length, still checked below.
                vr = Dictionary.vrOf(tag);
                len = u32(pos + 4, enc.bigEndian());
                header = 8;
            } else if (vr.longLength()) {
                need(pos, 12, end, tag);
                len = u32(pos + 8, enc.bigEndian());
                header = 12;
            } else {
                len = u16(pos + 6, enc.bigEndian());
                header = 8;
            }
        } else {
            vr = Dictionary.vrOf(tag);
            len = u32(pos + 4, enc.bigEndian());
            header = 8;
        }
        int valueStart = pos + header;
        if (len == UNDEFINED) {
            if (tag == Tag.PIXEL_DATA) {
                FragmentParser fp = new FragmentParser(b, file, options.maxElements());
                Fragments f = fp.read(valueStart, end);
                ds.put(Element.encapsulated(tag, vr, valueStart, f));
                return fp.position();
            } else if (vr == VR.SQ || vr == VR.UN || !enc.explicit()) {
                Encoding itemEnc = vr == VR.UN ? new Encoding(false, false) : enc;
                List<Dataset> items = new ArrayList<>();
                int after = readItems(items, ds, valueStart, end, itemEnc, depth + 1, true, tag);
                ds.put(Element.sequence(tag, valueStart, items));
                return after;
            }
            throw malformed("undefined length on VR " + vr, pos, tag);
        }
        if (len > end - valueStart) {
            throw malformed(
                    "value length " + len + " exceeds the " + (end - valueStart) + " bytes left",
                    pos,
                    tag);
        }
        int n = (int) len;
        if (vr == VR.SQ) {
            List<Dataset> items = new ArrayList<>();
            readItems(items, ds, valueStart, valueStart + n, enc, depth + 1, false, tag);
            ds.put(Element.sequence(tag, valueStart, items));
        } else {
            ds.put(Element.value(tag, vr, valueStart, b, valueStart, n, enc.bigEndian()));
        }
        return valueStart + n;
    }

    /** Reads the items of a sequence starting at {@code pos}; returns the position after it. */
    int readItems(
            List<Dataset> items,
            Dataset parent,
            int pos,
            int end,
            Encoding enc,
            int depth,
            boolean undefined,
            int seqTag)
            throws DicomException {
        if (depth > options.maxDepth()) {
            throw new LimitExceededException(
                    "sequences nested deeper than " + options.maxDepth(), file, pos, seqTag);
        }
        while (pos < end) {
            need(pos, 8, end, seqTag);
            int tag = tag(pos, enc.bigEndian());
            long len = u32(pos + 4, enc.bigEndian());
            pos += 8;
            if (tag == Tag.SEQUENCE_DELIMITATION) {
                if (undefined) {
                    return pos;
                }
                continue;
            }
            if (tag != Tag.ITEM) {
                throw malformed(
                        "expected an item in the sequence, found " + Tag.toString(tag),
                        pos - 8,
                        seqTag);
            }
            if (++elements > options.maxElements()) {
                throw new LimitExceededException(
                        "more than " + options.maxElements() + " elements and items",
                        file,
                        pos - 8,
                        seqTag);
            }
            Dataset item = new Dataset(parent.charset());
            if (len == UNDEFINED) {
                pos = readDataset(item, pos, end, enc, depth, true);
            } else {
                if (len > end - pos) {
                    throw malformed(
                            "item length " + len + " exceeds the " + (end - pos) + " bytes left",
                            pos - 8,
                            seqTag);
                }
                readDataset(item, pos, pos + (int) len, enc, depth, false);
                pos += (int) len;
            }
            items.add(item);
        }
        if (undefined) {
            throw malformed(
                    "sequence without delimitation runs to the end of the file", pos, seqTag);
        }
        return pos;
    }

    private void need(int pos, int n, int end, int tag) throws MalformedDicomException {
        if (end - pos < n) {
            throw malformed(
                    "truncated: " + n + " bytes needed, " + (end - pos) + " left", pos, tag);
        }
    }

    private boolean allZero(int from, int to) {
        for (int i = from; i < to; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        return true;
    }

    private MalformedDicomException malformed(String why, long at, int tag) {
        return new MalformedDicomException(why, file, at, tag);
    }

    private int tag(int pos, boolean big) {
        return (u16(pos, big) << 16) | u16(pos + 2, big);
    }

    int u16(int p, boolean big) {
        return big
                ? ((b[p] & 0xFF) << 8) | (b[p + 1] & 0xFF)
                : (b[p] & 0xFF) | ((b[p + 1] & 0xFF) << 8);
    }

    long u32(int p, boolean big) {
        long v =
                big
                        ? ((long) u16(p, true) << 16) | u16(p + 2, true)
                        : u16(p, false) | ((long) u16(p + 2, false) << 16);
        return v & 0xFFFFFFFFL;
    }
}
