package org.protopnet.dicom.pixel;

import org.protopnet.dicom.DicomException;
import org.protopnet.dicom.MalformedDicomException;
import org.protopnet.dicom.Tag;
import org.protopnet.dicom.UnsupportedDicomException;
import org.protopnet.dicom.parse.Dataset;

/**
 * The Image Pixel module of a data set: geometry, sample layout and bit depth, checked for sense.
 *
 * @param rows rows per frame
 * @param columns columns per frame
 * @param frames number of frames (1 when absent)
 * @param samplesPerPixel 1 or 3
 * @param bitsAllocated 1, 8, 16 or 32
 * @param bitsStored significant bits per sample
 * @param highBit most significant bit
 * @param signed whether Pixel Representation is 1 (two's complement)
 * @param planar whether colour samples are stored plane by plane (Planar Configuration 1)
 * @param photometric the colour model
 */
public record PixelDescription(
        int rows,
        int columns,
        int frames,
        int samplesPerPixel,
        int bitsAllocated,
        int bitsStored,
        int highBit,
        boolean signed,
        boolean planar,
        PhotometricInterpretation photometric) {

    /** Reads and checks the Image Pixel module of {@code ds}. */
    public static PixelDescription from(Dataset ds) throws DicomException {
        int rows = ds.getInt(Tag.ROWS, -1);
        int columns = ds.getInt(Tag.COLUMNS, -1);
        int frames = Math.max(1, ds.getInt(Tag.NUMBER_OF_FRAMES, 1));
        int spp = ds.getInt(Tag.SAMPLES_PER_PIXEL, 1);
        int allocated = ds.getInt(Tag.BITS_ALLOCATED, -1);
        int stored = ds.getInt(Tag.BITS_STORED, allocated);
        int high = ds.getInt(Tag.HIGH_BIT, stored - 1);
        int repr = ds.getInt(Tag.PIXEL_REPRESENTATION, 0);
        int planar = ds.getInt(Tag.PLANAR_CONFIGURATION, 0);
        String pi = ds.getString(Tag.PHOTOMETRIC_INTERPRETATION);
        if (rows <= 0 || columns <= 0) {
            throw bad("Rows/Columns missing or not positive: " + rows + "x" + columns, Tag.ROWS);
        }
        if (allocated != 1 && allocated != 8 && allocated != 16 && allocated != 32) {
            throw new UnsupportedDicomException(
                    "Bits Allocated " + allocated + " is not 1, 8, 16 or 32",
                    null,
                    DicomException.NO_OFFSET,
                    Tag.BITS_ALLOCATED);
        }
        if (stored < 1 || stored > allocated) {
            throw bad("Bits Stored " + stored + " outside 1.." + allocated, Tag.BITS_STORED);
        }
        if (high < stored - 1 || high >= allocated) {
            // Real files get High Bit wrong; the common convention is HighBit = BitsStored - 1.
            high = stored - 1;
        }
        PhotometricInterpretation p = PhotometricInterpretation.parse(pi);
        if (p == null) {
            if (pi == null && spp == 1) {
                p = PhotometricInterpretation.MONOCHROME2;
            } else if (pi == null && spp == 3) {
                p = PhotometricInterpretation.RGB;
            } else {
                throw new UnsupportedDicomException(
                        "Photometric Interpretation '" + pi + "' is not supported",
                        null,
                        DicomException.NO_OFFSET,
                        Tag.PHOTOMETRIC_INTERPRETATION);
            }
        }
        if (spp != 1 && spp != 3) {
            throw bad("Samples per Pixel " + spp + " is not 1 or 3", Tag.SAMPLES_PER_PIXEL);
        }
        if (spp != p.samples()) {
            throw bad(
                    p.term() + " needs " + p.samples() + " samples per pixel, not " + spp,
                    Tag.SAMPLES_PER_PIXEL);
        }
        if (allocated == 1 && spp != 1) {
            throw bad("1-bit pixels must be monochrome", Tag.BITS_ALLOCATED);
        }
        return new PixelDescription(
                rows,
                columns,
                frames,
                spp,
                allocated,
                stored,
                high,
                repr == 1,
                spp > 1 && planar == 1,
                p);
    }

    /** The stored array's element type. */
    public DType dtype() {
        return DType.of(bitsAllocated, signed);
    }

    /** Samples in one frame. */
    public long samplesPerFrame() {
        return (long) rows * columns * samplesPerPixel;
    }

    /** The shape of the stored array: (frames, rows, columns[, samples]). */
    public int[] shape() {
        return samplesPerPixel == 1
                ? new int[] {frames, rows, columns}
                : new int[] {frames, rows, columns, samplesPerPixel};
    }

    /** Bytes of one native (uncompressed) frame, as the file stores it. */
    public long nativeFrameBytes() {
        long pixels = (long) rows * columns;
        if (bitsAllocated == 1) {
            return (pixels + 7) / 8;
        }
        long samples =
                photometric == PhotometricInterpretation.YBR_FULL_422
                                || photometric == PhotometricInterpretation.YBR_PARTIAL_422
                        ? pixels * 2
                        : pixels * samplesPerPixel;
        return samples * (bitsAllocated / 8);
    }

    /** A copy with another photometric interpretation (a codec's output colour model). */
    public PixelDescription withPhotometric(PhotometricInterpretation p) {
        return new PixelDescription(
                rows,
                columns,
                frames,
                samplesPerPixel,
                bitsAllocated,
                bitsStored,
                highBit,
                signed,
                planar,
                p);
    }

    private static MalformedDicomException bad(String why, int tag) {
        return new MalformedDicomException(why, null, DicomException.NO_OFFSET, tag);
    }
}
