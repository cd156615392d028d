package org.protopnet.dicom.parse;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import org.protopnet.dicom.DicomException;
import org.protopnet.dicom.DicomFile;
import org.protopnet.dicom.LimitExceededException;
import org.protopnet.dicom.MalformedDicomException;
import org.protopnet.dicom.Tag;
import org.protopnet.dicom.TransferSyntax;
import org.protopnet.dicom.VR;

/**
 * Reads a Part 10 file (or an ACR-NEMA style stream without preamble) into a {@link DicomFile}.
 *
 * <pre>{@code
 * DicomFile f = DicomReader.read(Path.of("x.dcm"), ReadOptions.DEFAULT);
 * }</pre>
 */
public final class DicomReader {
    private final byte[] b;
    private final Path file;
    private final ReadOptions options;
    private final boolean headerOnly;

    private DicomReader(byte[] bytes, Path file, ReadOptions options, boolean headerOnly) {
        this.b = bytes;
        this.file = file;
        this.options = options;
        this.headerOnly = headerOnly;
    }

    /**
     * Reads the attributes before Pixel Data only, reading a prefix of the file first and the whole
     * file only when the header does not fit in it: fast for scanning folders.
     */
    public static DicomFile readHeader(Path path, ReadOptions options) throws DicomException {
        int prefix = 256 * 1024;
        try {
            long size = Files.size(path);
            if (size > prefix) {
                byte[] head = new byte[prefix];
                try (java.io.InputStream in = Files.newInputStream(path)) {
                    int n = in.readNBytes(head, 0, prefix);
                    head = n == prefix ? head : java.util.Arrays.copyOf(head, n);
                }
                try {
                    return new DicomReader(head, path, options, true).parse();
                } catch (DicomException e) {
                    // The header may run past the prefix; read the whole file below.
                }
            }
        } catch (IOException e) {
            throw new DicomException(
                    "cannot read file: " + e,
                    path,
                    DicomException.NO_OFFSET,
                    DicomException.NO_TAG,
                    e);
        }
        byte[] all = readAll(path, options);
        try {
            return new DicomReader(all, path, options, true).parse();
        } catch (DicomException e) {
            throw e.inFile(path);
        }
    }

    /** Reads the file at {@code path}; the whole file is held in memory. */
    public static DicomFile read(Path path, ReadOptions options) throws DicomException {
        return read(readAll(path, options), path, options);
    }

    private static byte[] readAll(Path path, ReadOptions options) throws DicomException {
        byte[] bytes;
        try {
            long size = Files.size(path);
            if (size > options.maxFileBytes()) {
                throw new LimitExceededException(
                        "file of "
                                + size
                                + " bytes exceeds the ceiling of "
                                + options.maxFileBytes(),
                        path,
                        0,
                        DicomException.NO_TAG);
            }
            bytes = Files.readAllBytes(path);
        } catch (IOException e) {
            if (e instanceof DicomException de) {
                throw de;
            }
            throw new DicomException(
                    "cannot read file: " + e,
                    path,
                    DicomException.NO_OFFSET,
                    DicomException.NO_TAG,
                    e);
        }
        return bytes;
    }

    /** Reads a file already in memory; {@code name} is only used in messages. */
    public static DicomFile read(byte[] bytes, Path name, ReadOptions options)
            throws DicomException {
        try {
            return new DicomReader(bytes, name, options, false).parse();
        } catch (DicomException e) {
            throw e.inFile(name);
        }
    }

    private DicomFile parse() throws DicomException {
        int pos = 0;
        boolean preamble = false;
        if (b.length >= 132 && isDicm(128) && looksLikeMeta(132)) {
            pos = 132;
            preamble = true;
        } else if (b.length >= 4 && isDicm(0) && looksLikeMeta(4)) {
            pos = 4;
        }
        DataSetParser parser = new DataSetParser(b, file, options);
        Dataset meta = new Dataset();
        while (looksLikeMeta(pos)) {
            boolean explicit = VR.of(b[pos + 4] & 0xFF, b[pos + 5] & 0xFF) != null;
            int next = nextElementEnd(pos, explicit);
            parser.readDataset(
                    meta, pos, next, new DataSetParser.Encoding(explicit, false), 0, false);
            pos = next;
        }
        String uid = meta.getString(Tag.TRANSFER_SYNTAX_UID);
        TransferSyntax ts = uid != null ? TransferSyntax.of(uid) : guess(pos);
        if (pos >= b.length && meta.elements().isEmpty()) {
            throw new MalformedDicomException(
                    "empty file, not DICOM", file, 0, DicomException.NO_TAG);
        }
        Dataset ds = new Dataset();
        if (ts.deflated()) {
            byte[] inflated = inflate(pos);
            DataSetParser body = new DataSetParser(inflated, file, options);
            if (headerOnly) {
                body.stopAt(Tag.PIXEL_DATA);
            }
            body.readDataset(
                    ds, 0, inflated.length, new DataSetParser.Encoding(true, false), 0, false);
        } else {
            boolean explicit = ts.explicitVr();
            if (b.length - pos >= 6 && !ts.bigEndian()) {
                // A common real-world fault: the meta says one VR encoding, the data use the other.
                explicit = VR.of(b[pos + 4] & 0xFF, b[pos + 5] & 0xFF) != null;
            }
            if (headerOnly) {
                parser.stopAt(Tag.PIXEL_DATA);
            }
            parser.readDataset(
                    ds,
                    pos,
                    b.length,
                    new DataSetParser.Encoding(explicit, ts.bigEndian()),
                    0,
                    false);
        }
        return new DicomFile(file, preamble, meta, ds, ts);
    }

    /** Parses the value of a sequence read as UN: implicit VR little endian items. */
    static List<Dataset> parseSequenceValue(Element e, Charset charset) throws DicomException {
        DataSetParser p = new DataSetParser(e.rawBuffer(), null, ReadOptions.DEFAULT);
        Dataset holder = new Dataset(charset);
        List<Dataset> items = new ArrayList<>();
        p.readItems(
                items,
                holder,
                e.start(),
                e.start() + e.length(),
                new DataSetParser.Encoding(false, e.bigEndian()),
                1,
                false,
                e.tag());
        return items;
    }

    private boolean isDicm(int p) {
        return b[p] == 'D' && b[p + 1] == 'I' && b[p + 2] == 'C' && b[p + 3] == 'M';
    }

    private boolean looksLikeMeta(int p) {
        return b.length - p >= 8 && b[p] == 2 && b[p + 1] == 0;
    }

    private int nextElementEnd(int pos, boolean explicit) throws MalformedDicomException {
        long len;
        int header = 8;
        VR vr = explicit ? VR.of(b[pos + 4] & 0xFF, b[pos + 5] & 0xFF) : null;
        if (vr != null && vr.longLength()) {
            if (b.length - pos < 12) {
                throw new MalformedDicomException(
                        "truncated File Meta element", file, pos, DicomException.NO_TAG);
            }
            len = u32le(pos + 8);
            header = 12;
        } else if (vr != null) {
            len = (b[pos + 6] & 0xFF) | ((b[pos + 7] & 0xFF) << 8);
        } else {
            len = u32le(pos + 4);
        }
        if (len > b.length - pos - header) {
            throw new MalformedDicomException(
                    "File Meta value length " + len + " exceeds the file",
                    file,
                    pos,
                    0x00020000 | u16le(pos + 2));
        }
        return pos + header + (int) len;
    }

    /** Guesses the encoding of a stream without File Meta from its first element. */
    private TransferSyntax guess(int pos) {
        if (b.length - pos < 8) {
            return TransferSyntax.IMPLICIT_VR_LE;
        }
        boolean explicit = VR.of(b[pos + 4] & 0xFF, b[pos + 5] & 0xFF) != null;
        int groupLe = u16le(pos);
        int groupBe = ((b[pos] & 0xFF) << 8) | (b[pos + 1] & 0xFF);
        boolean big = groupLe > 0x00FF && groupBe <= 0x00FF;
        if (big) {
            return explicit ? TransferSyntax.EXPLICIT_VR_BE : TransferSyntax.IMPLICIT_VR_LE;
        }
        return explicit ? TransferSyntax.EXPLICIT_VR_LE : TransferSyntax.IMPLICIT_VR_LE;
    }

    private byte[] inflate(int pos) throws DicomException {
        Inflater inflater = new Inflater(true);
        inflater.setInput(b, pos, b.length - pos);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] chunk = new byte[65536];
        try {
            while (!inflater.finished()) {
                int n = inflater.inflate(chunk);
                if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    break;
                }
                out.write(chunk, 0, n);
                if (out.size() > options.maxFileBytes()) {
                    throw new LimitExceededException(
                            "deflated data set inflates past the ceiling of "
                                    + options.maxFileBytes()
                                    + " bytes",
                            file,
                            pos,
                            DicomException.NO_TAG);
                }
            }
        } catch (DataFormatException e) {
            throw new MalformedDicomException(
                    "corrupt deflate stream: " + e.getMessage(),
                    file,
                    pos,
                    DicomException.NO_TAG,
                    e);
        } finally {
            inflater.end();
        }
        return out.toByteArray();
    }

    private int u16le(int p) {
        return (b[p] & 0xFF) | ((b[p + 1] & 0xFF) << 8);
    }

    private long u32le(int p) {
        return (u16le(p) | ((long) u16le(p + 2) << 16)) & 0xFFFFFFFFL;
    }
}
