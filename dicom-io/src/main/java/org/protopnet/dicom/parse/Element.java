package org.protopnet.dicom.parse;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.protopnet.dicom.VR;

/**
 * One data element: a tag, its VR and either a value (a window on a byte array), the items of a
 * sequence, or the fragments of encapsulated pixel data.
 */
public final class Element {
    private final int tag;
    private final VR vr;
    private final long offset;
    private final byte[] buffer;
    private final int start;
    private final int length;
    private final boolean bigEndian;
    private final List<Dataset> items;
    private final Fragments fragments;

    private Element(
            int tag,
            VR vr,
            long offset,
            byte[] buffer,
            int start,
            int length,
            boolean bigEndian,
            List<Dataset> items,
            Fragments fragments) {
        this.tag = tag;
        this.vr = vr;
        this.offset = offset;
        this.buffer = buffer;
        this.start = start;
        this.length = length;
        this.bigEndian = bigEndian;
        this.items = items;
        this.fragments = fragments;
    }

    /** A value element on {@code buffer[start, start + length)}. */
    public static Element value(
            int tag, VR vr, long offset, byte[] buffer, int start, int length, boolean bigEndian) {
        return new Element(tag, vr, offset, buffer, start, length, bigEndian, null, null);
    }

    /** A value element owning {@code value} (little endian). */
    public static Element value(int tag, VR vr, byte[] value) {
        return new Element(tag, vr, -1, value, 0, value.length, false, null, null);
    }

    /** A sequence element. */
    public static Element sequence(int tag, long offset, List<Dataset> items) {
        return new Element(
                tag, VR.SQ, offset, null, 0, 0, false, Collections.unmodifiableList(items), null);
    }

    /** Encapsulated pixel data. */
    public static Element encapsulated(int tag, VR vr, long offset, Fragments fragments) {
        return new Element(tag, vr, offset, null, 0, 0, false, null, fragments);
    }

    /** The tag. */
    public int tag() {
        return tag;
    }

    /** The VR (from the file, or the dictionary for implicit VR; UN when unknown). */
    public VR vr() {
        return vr;
    }

    /** The file offset of the element's value, or -1 for elements built in memory. */
    public long offset() {
        return offset;
    }

    /** The value length in bytes (0 for sequences and encapsulated data). */
    public int length() {
        return length;
    }

    /** Whether multi-byte numbers in the value are big endian. */
    public boolean bigEndian() {
        return bigEndian;
    }

    /** Whether this element is a parsed sequence. */
    public boolean isSequence() {
        return items != null;
    }

    /** The sequence items, or an empty list. */
    public List<Dataset> items() {
        return items == null ? List.of() : items;
    }

    /** The encapsulated fragments, or {@code null} for native values. */
    public Fragments fragments() {
        return fragments;
    }

    /** A read-only view of the value in its byte order. */
    public ByteBuffer buffer() {
        byte[] b = buffer == null ? new byte[0] : buffer;
        return ByteBuffer.wrap(b, start, length)
                .slice()
                .asReadOnlyBuffer()
                .order(bigEndian ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN);
    }

    /** A copy of the value bytes. */
    public byte[] bytes() {
        return buffer == null ? new byte[0] : Arrays.copyOfRange(buffer, start, start + length);
    }

    /**
     * The array the value lives in, shared and not copied so that pixel data are read in place;
     * callers must not modify it. See {@link #start()}.
     */
    public byte[] rawBuffer() {
        return buffer;
    }

    /** Where the value starts in {@link #rawBuffer()}. */
    public int start() {
        return start;
    }
}
