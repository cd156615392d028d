package org.protopnet.dicom.pixel;

import org.protopnet.dicom.DicomException;
import org.protopnet.dicom.TransferSyntax;
import org.protopnet.dicom.parse.Dataset;

/**
 * A decoded image: its stored values, their shape and colour model, and the LUTs the data set
 * declares for turning them into modality values, display values or colour.
 *
 * <pre>{@code
 * DecodedImage image = DicomFile.read(path).decode();
 * StoredPixels stored = image.stored();   // shape (frames, rows, columns[, samples])
 * float[] hu = image.modality();
 * }</pre>
 */
public final class DecodedImage {
    private final Dataset dataset;
    private final TransferSyntax transferSyntax;
    private final PixelDescription declared;
    private final PixelDescription decoded;
    private final StoredPixels stored;

    DecodedImage(
            Dataset dataset,
            TransferSyntax ts,
            PixelDescription declared,
            PixelDescription decoded,
            StoredPixels stored) {
        this.dataset = dataset;
        this.transferSyntax = ts;
        this.declared = declared;
        this.decoded = decoded;
        this.stored = stored;
    }

    /** The stored values. */
    public StoredPixels stored() {
        return stored;
    }

    /** The shape (frames, rows, columns[, samples]). */
    public int[] shape() {
        return stored.shape();
    }

    /** The Image Pixel module as the file declares it. */
    public PixelDescription declared() {
        return declared;
    }

    /**
     * The Image Pixel module of the stored values: as declared, except the colour model after the
     * codec (JPEG 2000 RCT/ICT become RGB, 4:2:2 is upsampled to full YCbCr).
     */
    public PixelDescription description() {
        return decoded;
    }

    /** The transfer syntax the pixels were decoded from. */
    public TransferSyntax transferSyntax() {
        return transferSyntax;
    }

    /** The Modality LUT the data set declares. */
    public ModalityLut modalityLut() throws DicomException {
        return ModalityLut.from(dataset, decoded);
    }

    /** The stored values after the Modality LUT, as float32, same shape. */
    public float[] modality() throws DicomException {
        return modalityLut().apply(stored);
    }

    /** The VOI windows and LUTs the data set declares. */
    public VoiLut voiLut() throws DicomException {
        return VoiLut.from(dataset);
    }

    /** The palette for PALETTE COLOR images, or {@code null}. */
    public PaletteLut palette() throws DicomException {
        return decoded.photometric() == PhotometricInterpretation.PALETTE_COLOR
                ? PaletteLut.from(dataset, decoded)
                : null;
    }

    /** The data set the image came from. */
    public Dataset dataset() {
        return dataset;
    }
}
