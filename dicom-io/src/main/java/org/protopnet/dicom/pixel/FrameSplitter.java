package org.protopnet.dicom.pixel;

import java.util.ArrayList;
import java.util.List;
import org.protopnet.dicom.DicomException;
import org.protopnet.dicom.PixelDataException;
import org.protopnet.dicom.Tag;
import org.protopnet.dicom.TransferSyntax;
import org.protopnet.dicom.parse.Dataset;
import org.protopnet.dicom.parse.Fragments;
import org.protopnet.dicom.parse.Fragments.Fragment;

/**
 * Groups the fragments of encapsulated pixel data into frames: by the Extended Offset Table, the
 * Basic Offset Table, one fragment per frame, or the codec's start-of-stream markers.
 */
final class FrameSplitter {
    private FrameSplitter() {}

    /** Returns, for each frame, the half-open fragment index range {@code [from, to)}. */
    static List<int[]> split(Dataset ds, Fragments fragments, int frames, TransferSyntax ts)
            throws DicomException {
        List<Fragment> list = fragments.list();
        if (list.isEmpty()) {
            throw fail("encapsulated pixel data hold no fragments");
        }
        long[] itemOffsets = new long[list.size() + 1];
        for (int i = 0; i < list.size(); i++) {
            itemOffsets[i + 1] = itemOffsets[i] + 8 + list.get(i).length();
        }
        long[] table =
                ds.contains(Tag.EXTENDED_OFFSET_TABLE)
                        ? longs(ds, Tag.EXTENDED_OFFSET_TABLE)
                        : fragments.basicOffsets();
        if (frames == 1) {
            return List.of(new int[] {0, list.size()});
        }
        if (table.length == frames) {
            try {
                return byOffsets(table, itemOffsets, list.size());
            } catch (PixelDataException e) {
                // A broken offset table is common in real files; the fragments may still tell.
                if (list.size() < frames) {
                    throw e;
                }
            }
        }
        if (list.size() == frames) {
            List<int[]> out = new ArrayList<>();
            for (int i = 0; i < frames; i++) {
                out.add(new int[] {i, i + 1});
            }
            return out;
        }
        if (list.size() < frames) {
            throw fail(list.size() + " fragments cannot hold " + frames + " frames");
        }
        return byMarkers(fragments, frames, ts);
    }

    private static List<int[]> byOffsets(long[] table, long[] itemOffsets, int n)
            throws DicomException {
        List<int[]> out = new ArrayList<>();
        int idx = 0;
        for (int f = 0; f < table.length; f++) {
            while (idx < n && itemOffsets[idx] < table[f]) {
                idx++;
            }
            if (idx >= n || itemOffsets[idx] != table[f]) {
                throw fail(
                        "offset table entry "
                                + f
                                + " ("
                                + table[f]
                                + ") does not point at a fragment");
            }
            int end = idx + 1;
            long next = f + 1 < table.length ? table[f + 1] : Long.MAX_VALUE;
            while (end < n && itemOffsets[end] < next) {
                end++;
            }
            out.add(new int[] {idx, end});
            idx = end;
        }
        return out;
    }

    private static List<int[]> byMarkers(Fragments fragments, int frames, TransferSyntax ts)
            throws DicomException {
        if (ts.compression() == TransferSyntax.Compression.RLE) {
            throw fail("RLE pixel data with several fragments per frame need an offset table");
        }
        List<Fragment> list = fragments.list();
        byte[] b = fragments.buffer();
        List<Integer> starts = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            Fragment f = list.get(i);
            int p = f.start();
            boolean jpeg = f.length() >= 2 && (b[p] & 0xFF) == 0xFF && (b[p + 1] & 0xFF) == 0xD8;
            boolean j2k =
                    f.length() >= 4
                            && (b[p] & 0xFF) == 0xFF
                            && (b[p + 1] & 0xFF) == 0x4F
                            && (b[p + 2] & 0xFF) == 0xFF
                            && (b[p + 3] & 0xFF) == 0x51;
            boolean jp2 = f.length() >= 8 && b[p + 4] == 'j' && b[p + 5] == 'P';
            if (jpeg || j2k || jp2) {
                starts.add(i);
            }
        }
        if (starts.size() != frames || starts.get(0) != 0) {
            throw fail(
                    "cannot tell which of "
                            + list.size()
                            + " fragments belong to which of "
                            + frames
                            + " frames (no offset table, "
                            + starts.size()
                            + " start-of-stream markers)");
        }
        List<int[]> out = new ArrayList<>();
        for (int f = 0; f < frames; f++) {
            int end = f + 1 < frames ? starts.get(f + 1) : list.size();
            out.add(new int[] {starts.get(f), end});
        }
        return out;
    }

    private static long[] longs(Dataset ds, int tag) {
        java.nio.ByteBuffer buf = ds.get(tag).buffer();
        long[] out = new long[buf.remaining() / 8];
        for (int i = 0; i < out.length; i++) {
            out[i] = buf.getLong(8 * i);
        }
        return out;
    }

    private static PixelDataException fail(String why) {
        return new PixelDataException(why, null, DicomException.NO_OFFSET, Tag.PIXEL_DATA);
    }
}
