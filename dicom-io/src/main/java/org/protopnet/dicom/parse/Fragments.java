package org.protopnet.dicom.parse;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The items of encapsulated pixel data: the Basic Offset Table and the compressed fragments, each
 * kept as a window on the file's bytes.
 */
public final class Fragments {
    /** One fragment: its bytes are {@code buffer[start, start + length)}, at file offset. */
    public record Fragment(long offset, int start, int length) {}

    private final byte[] buffer;
    private final long[] basicOffsets;
    private final List<Fragment> fragments;

    /** Wraps parsed items; {@code basicOffsets} may be empty. */
    public Fragments(byte[] buffer, long[] basicOffsets, List<Fragment> fragments) {
        this.buffer = buffer;
        this.basicOffsets = basicOffsets.clone();
        this.fragments = Collections.unmodifiableList(new ArrayList<>(fragments));
    }

    /** The byte array the fragments point into. */
    public byte[] buffer() {
        return buffer;
    }

    /** The Basic Offset Table: byte offsets of each frame's first fragment, relative to item 1. */
    public long[] basicOffsets() {
        return basicOffsets.clone();
    }

    /** The fragments after the offset table, in file order. */
    public List<Fragment> list() {
        return fragments;
    }

    /** Copies fragments {@code [from, to)} into one array: one compressed frame. */
    public byte[] join(int from, int to) {
        long total = 0;
        for (int i = from; i < to; i++) {
            total += fragments.get(i).length();
        }
        byte[] out = new byte[Math.toIntExact(total)];
        int at = 0;
        for (int i = from; i < to; i++) {
            Fragment f = fragments.get(i);
            System.arraycopy(buffer, f.start(), out, at, f.length());
            at += f.length();
        }
        return out;
    }
}
