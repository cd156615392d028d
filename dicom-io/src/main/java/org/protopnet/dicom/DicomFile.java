package org.protopnet.dicom;

import java.nio.file.Path;
import org.protopnet.dicom.parse.Dataset;
import org.protopnet.dicom.parse.DicomReader;
import org.protopnet.dicom.parse.ReadOptions;
import org.protopnet.dicom.pixel.DecodedImage;
import org.protopnet.dicom.pixel.PixelDecoder;

/**
 * A parsed DICOM file: its File Meta, its data set and its transfer syntax; the entry point for
 * reading and decoding.
 *
 * <pre>{@code
 * DicomFile file = DicomFile.read(Path.of("cr.dcm"));
 * DecodedImage image = file.decode();   // image.stored(), image.modality(), image.shape()
 * }</pre>
 */
public final class DicomFile {
    private final Path path;
    private final boolean preamble;
    private final Dataset fileMeta;
    private final Dataset dataset;
    private final TransferSyntax transferSyntax;

    /** Assembles a parsed file; use {@link #read(Path)} to parse one. */
    public DicomFile(
            Path path,
            boolean preamble,
            Dataset fileMeta,
            Dataset dataset,
            TransferSyntax transferSyntax) {
        this.path = path;
        this.preamble = preamble;
        this.fileMeta = fileMeta;
        this.dataset = dataset;
        this.transferSyntax = transferSyntax;
    }

    /** Parses {@code path} with the default ceilings. */
    public static DicomFile read(Path path) throws DicomException {
        return DicomReader.read(path, ReadOptions.DEFAULT);
    }

    /** Parses {@code path} with the given ceilings. */
    public static DicomFile read(Path path, ReadOptions options) throws DicomException {
        return DicomReader.read(path, options);
    }

    /** Decodes the pixel data to stored values with the default ceilings. */
    public DecodedImage decode() throws DicomException {
        return decode(ReadOptions.DEFAULT);
    }

    /** Decodes the pixel data to stored values; allocation is bounded by {@code options}. */
    public DecodedImage decode(ReadOptions options) throws DicomException {
        try {
            return PixelDecoder.decode(dataset, transferSyntax, options);
        } catch (DicomException e) {
            throw e.inFile(path);
        }
    }

    /** The file this was read from (may be {@code null} for in-memory data). */
    public Path path() {
        return path;
    }

    /** Whether the file had the 128-byte preamble and "DICM" prefix. */
    public boolean hasPreamble() {
        return preamble;
    }

    /** The File Meta Information (group 0002); empty for ACR-NEMA style streams. */
    public Dataset fileMeta() {
        return fileMeta;
    }

    /** The main data set. */
    public Dataset dataset() {
        return dataset;
    }

    /** The transfer syntax the data set and pixel data are encoded with. */
    public TransferSyntax transferSyntax() {
        return transferSyntax;
    }
}
