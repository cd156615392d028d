package org.protopnet.dicom.pixel;

import java.util.List;
import org.protopnet.dicom.DicomException;
import org.protopnet.dicom.Tag;
import org.protopnet.dicom.parse.Dataset;

/**
 * The Modality LUT: stored values to meaningful units (Hounsfield, optical density...), either a
 * linear rescale or a lookup table from the Modality LUT Sequence, which takes precedence.
 */
public final class ModalityLut {
    private final double slope;
    private final double intercept;
    private final LookupTable table;

    private ModalityLut(double slope, double intercept, LookupTable table) {
        this.slope = slope;
        this.intercept = intercept;
        this.table = table;
    }

    /** The identity transform. */
    public static ModalityLut identity() {
        return new ModalityLut(1, 0, null);
    }

    /** A linear rescale. */
    public static ModalityLut rescale(double slope, double intercept) {
        return new ModalityLut(slope, intercept, null);
    }

    /** The Modality LUT a data set declares; colour images always get the identity. */
    public static ModalityLut from(Dataset ds, PixelDescription d) throws DicomException {
        if (d.samplesPerPixel() != 1
                || d.photometric() == PhotometricInterpretation.PALETTE_COLOR) {
            return identity();
        }
        List<Dataset> seq = ds.getSequence(Tag.MODALITY_LUT_SEQUENCE);
        if (!seq.isEmpty()) {
            LookupTable t = LookupTable.from(seq.get(0), d.signed());
            if (t != null) {
                return new ModalityLut(1, 0, t);
            }
        }
        double s = ds.getDouble(Tag.RESCALE_SLOPE, 1);
        double i = ds.getDouble(Tag.RESCALE_INTERCEPT, 0);
        return new ModalityLut(s == 0 || Double.isNaN(s) ? 1 : s, Double.isNaN(i) ? 0 : i, null);
    }

    /** Whether this transform changes nothing. */
    public boolean isIdentity() {
        return table == null && slope == 1 && intercept == 0;
    }

    /** The output for one stored value. */
    public float apply(long stored) {
        if (table != null) {
            return table.lookup(stored);
        }
        return (float) (stored * slope + intercept);
    }

    /** Applies the transform to every sample. */
    public float[] apply(StoredPixels pixels) {
        float[] out = new float[pixels.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = apply(pixels.get(i));
        }
        return out;
    }

    @Override
    public String toString() {
        return table != null
                ? "Modality LUT (" + table.size() + " entries)"
                : "rescale slope " + slope + ", intercept " + intercept;
    }
}
