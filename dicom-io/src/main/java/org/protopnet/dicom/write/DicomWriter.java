package org.protopnet.dicom.write;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import org.protopnet.dicom.DicomException;
import org.protopnet.dicom.Tag;
import org.protopnet.dicom.TransferSyntax;
import org.protopnet.dicom.VR;
import org.protopnet.dicom.parse.Dataset;
import org.protopnet.dicom.parse.Element;
import org.protopnet.dicom.parse.Fragments;

/**
 * Writes a data set as a Part 10 file (preamble, File Meta, body) in implicit or explicit VR little
 * endian, explicit VR big endian or deflated explicit VR little endian. Sequences and items are
 * written with undefined length; encapsulated pixel data are written as parsed.
 */
public final class DicomWriter {
    private DicomWriter() {}

    /** Writes {@code ds} to {@code file}; File Meta is built from its SOP Class/Instance UIDs. */
    public static void write(Path file, Dataset ds, TransferSyntax ts) throws IOException {
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            write(out, ds, ts);
        }
    }

    /** Writes {@code ds} as a Part 10 stream. */
    public static void write(OutputStream out, Dataset ds, TransferSyntax ts) throws IOException {
        if (ts.encapsulated()) {
            Element px = ds.get(Tag.PIXEL_DATA);
            if (px != null && px.fragments() == null) {
                ds = PixelEncoder.encode(ds, ts);
            }
        }
        out.write(new byte[128]);
        out.write(new byte[] {'D', 'I', 'C', 'M'});
        out.write(fileMeta(ds, ts));
        if (ts.deflated()) {
            Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION, true);
            DeflaterOutputStream z = new DeflaterOutputStream(nonClosing(out), deflater);
            new ElementEncoder(z, true, false).dataset(ds);
            z.finish();
            deflater.end();
        } else {
            new ElementEncoder(out, ts.explicitVr(), ts.bigEndian()).dataset(ds);
        }
    }

    /** Encodes {@code ds} (no preamble, no File Meta) in the given encoding; for tests. */
    public static byte[] encodeBody(Dataset ds, boolean explicit, boolean bigEndian)
            throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        new ElementEncoder(b, explicit, bigEndian).dataset(ds);
        return b.toByteArray();
    }

    private static byte[] fileMeta(Dataset ds, TransferSyntax ts) throws IOException {
        String sopClass = ds.getString(Tag.SOP_CLASS_UID);
        String sopInstance = ds.getString(Tag.SOP_INSTANCE_UID);
        if (sopClass == null || sopInstance == null) {
            throw new DicomException(
                    "cannot write a Part 10 file without SOP Class and SOP " + "Instance UIDs",
                    null,
                    DicomException.NO_OFFSET,
                    Tag.SOP_INSTANCE_UID);
        }
        Dataset meta = new Dataset();
        meta.putBytes(Tag.FILE_META_INFORMATION_VERSION, VR.OB, new byte[] {0, 1});
        meta.putString(Tag.MEDIA_STORAGE_SOP_CLASS_UID, VR.UI, sopClass);
        meta.putString(Tag.MEDIA_STORAGE_SOP_INSTANCE_UID, VR.UI, sopInstance);
        meta.putString(Tag.TRANSFER_SYNTAX_UID, VR.UI, ts.uid());
        meta.putString(Tag.IMPLEMENTATION_CLASS_UID, VR.UI, Uids.IMPLEMENTATION_CLASS_UID);
        meta.putString(Tag.IMPLEMENTATION_VERSION_NAME, VR.SH, Uids.IMPLEMENTATION_VERSION);
        byte[] body = encodeBody(meta, true, false);
        Dataset length = new Dataset();
        length.putInts(Tag.FILE_META_GROUP_LENGTH, VR.UL, body.length);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(encodeBody(length, true, false));
        out.write(body);
        return out.toByteArray();
    }

    private static OutputStream nonClosing(OutputStream out) {
        return new java.io.FilterOutputStream(out) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
            }

            @Override
            public void close() throws IOException {
                flush();
            }
        };
    }

    /** Encodes elements recursively; nesting is bounded by the data set built in memory. */
    private static final class ElementEncoder {
        private final OutputStream out;
        private final boolean explicit;
        private final boolean big;

        ElementEncoder(OutputStream out, boolean explicit, boolean big) {
            this.out = out;
            this.explicit = explicit;
            this.big = big;
        }

        void dataset(Dataset ds) throws IOException {
            for (Element e : ds.elements()) {
                element(e);
            }
        }

        private void element(Element e) throws IOException {
            if (e.isSequence()) {
                header(e.tag(), VR.SQ, 0xFFFFFFFFL);
                for (Dataset item : e.items()) {
                    tagOnly(Tag.ITEM, 0xFFFFFFFFL);
                    dataset(item);
                    tagOnly(Tag.ITEM_DELIMITATION, 0);
                }
                tagOnly(Tag.SEQUENCE_DELIMITATION, 0);
            } else if (e.fragments() != null) {
                ElementEncoder le = big ? new ElementEncoder(out, explicit, false) : this;
                header(e.tag(), VR.OB, 0xFFFFFFFFL);
                Fragments f = e.fragments();
                long[] bot = f.basicOffsets();
                le.tagOnly(Tag.ITEM, 4L * bot.length);
                for (long o : bot) {
                    le.u32(o);
                }
                for (Fragments.Fragment frag : f.list()) {
                    int padded = frag.length() + (frag.length() & 1);
                    le.tagOnly(Tag.ITEM, padded);
                    out.write(f.buffer(), frag.start(), frag.length());
                    if (padded != frag.length()) {
                        out.write(0);
                    }
                }
                le.tagOnly(Tag.SEQUENCE_DELIMITATION, 0);
            } else {
                byte[] v = e.bytes();
                if (e.bigEndian() != big) {
                    ByteSwap.swap(v, e.vr());
                }
                header(e.tag(), e.vr(), v.length);
                out.write(v);
            }
        }

        private void header(int tag, VR vr, long length) throws IOException {
            u16(tag >>> 16);
            u16(tag & 0xFFFF);
            if (!explicit) {
                u32(length);
                return;
            }
            VR w = vr;
            if (!vr.longLength() && length > 0xFFFF) {
                w = VR.UN;
            }
            out.write(w.name().charAt(0));
            out.write(w.name().charAt(1));
            if (w.longLength()) {
                u16(0);
                u32(length);
            } else {
                u16((int) length);
            }
        }

        private void tagOnly(int tag, long length) throws IOException {
            u16(tag >>> 16);
            u16(tag & 0xFFFF);
            u32(length);
        }

        private void u16(int v) throws IOException {
            if (big) {
                out.write(v >> 8);
                out.write(v);
            } else {
                out.write(v);
                out.write(v >> 8);
            }
        }

        private void u32(long v) throws IOException {
            if (big) {
                u16((int) (v >>> 16) & 0xFFFF);
                u16((int) v & 0xFFFF);
            } else {
                u16((int) v & 0xFFFF);
                u16((int) (v >>> 16) & 0xFFFF);
            }
        }
    }
}
