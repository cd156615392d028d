package org.protopnet.sample.dicom;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.protopnet.dicom.Tag;
import org.protopnet.dicom.VR;
import org.protopnet.dicom.parse.Dataset;
import org.protopnet.dicom.parse.Element;
import org.protopnet.dicom.parse.Fragments;

/**
 * Encapsulates 8-bit pixel data as RLE Lossless (PS3.5 Annex G: a 64-byte header and one PackBits
 * segment per sample), one fragment per frame. dicom-io writes only JPEG lossless; ultrasound
 * YBR_FULL must be RLE (with Planar Configuration 1), so the generator encodes it here.
 *
 * <pre>{@code
 * RleEncapsulation.encode(ds, frames, rows, columns, 3, interleaved);
 * DicomWriter.write(file, ds, TransferSyntax.RLE_LOSSLESS);
 * }</pre>
 */
public final class RleEncapsulation {
    private RleEncapsulation() {}

    /** Replaces {@code ds}'s pixel data by RLE fragments of the interleaved 8-bit samples. */
    public static void encode(
            Dataset ds, int frames, int rows, int columns, int samples, byte[] interleaved) {
        int n = rows * columns;
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        List<Fragments.Fragment> list = new ArrayList<>();
        long[] offsets = new long[frames];
        long itemOffset = 0;
        for (int f = 0; f < frames; f++) {
            byte[][] segments = new byte[samples][];
            for (int s = 0; s < samples; s++) {
                byte[] plane = new byte[n];
                for (int i = 0; i < n; i++) {
                    plane[i] = interleaved[(f * n + i) * samples + s];
                }
                segments[s] = packBits(plane, columns);
            }
            int start = all.size();
            byte[] header = new byte[64];
            le32(header, 0, samples);
            int at = 64;
            for (int s = 0; s < samples; s++) {
                le32(header, 4 + 4 * s, at);
                at += segments[s].length;
            }
            all.writeBytes(header);
            for (byte[] seg : segments) {
                all.writeBytes(seg);
            }
            if ((all.size() - start) % 2 == 1) {
                all.write(0);
            }
            int length = all.size() - start;
            list.add(new Fragments.Fragment(-1, start, length));
            offsets[f] = itemOffset;
            itemOffset += 8 + length;
        }
        ds.put(
                Element.encapsulated(
                        Tag.PIXEL_DATA,
                        VR.OB,
                        -1,
                        new Fragments(all.toByteArray(), offsets, list)));
    }

    /** PackBits, row by row (runs never cross a row, as Annex G requires). */
    static byte[] packBits(byte[] plane, int columns) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(plane.length / 2);
        for (int row = 0; row < plane.length; row += columns) {
            int end = row + columns;
            int i = row;
            while (i < end) {
                int run = 1;
                while (i + run < end && run < 128 && plane[i + run] == plane[i]) {
                    run++;
                }
                if (run >= 2) {
                    out.write(257 - run);
                    out.write(plane[i]);
                    i += run;
                    continue;
                }
                int lit = 1;
                while (i + lit < end
                        && lit < 128
                        && !(i + lit + 1 < end && plane[i + lit] == plane[i + lit + 1])) {
                    lit++;
                }
                out.write(lit - 1);
                out.write(plane, i, lit);
                i += lit;
            }
        }
        if (out.size() % 2 == 1) {
            out.write(0x80);
        }
        return out.toByteArray();
    }

    private static void le32(byte[] b, int at, int v) {
        b[at] = (byte) v;
        b[at + 1] = (byte) (v >>> 8);
        b[at + 2] = (byte) (v >>> 16);
        b[at + 3] = (byte) (v >>> 24);
    }
}
