package org.protopnet.dicom.tensor;

import net.imglib2.img.Img;
import net.imglib2.img.array.ArrayImgs;
import net.imglib2.type.numeric.real.FloatType;
import org.protopnet.dicom.DicomException;
import org.protopnet.dicom.pixel.DecodedImage;
import org.protopnet.dicom.pixel.PhotometricInterpretation;
import org.protopnet.dicom.pixel.PixelDescription;

/**
 * Applies a {@link TensorSpec} to one frame of a decoded image, giving an {@code Img<FloatType>}
 * with axes (x = column, y = row, c = channel), sized (width, height, channels).
 *
 * <p>Order: modality LUT, window to [0, 1] (grey) or scale to [0, 1] (colour, converted to RGB),
 * MONOCHROME1 inversion, pad to square, resize, channel replication or luminance, normalisation.
 */
public final class Tensorizer {
    private Tensorizer() {}

    /** Builds the tensor for {@code frame} (0-based) of {@code image}. */
    public static Img<FloatType> apply(DecodedImage image, int frame, TensorSpec spec)
            throws DicomException {
        PixelDescription d = image.description();
        if (frame < 0 || frame >= d.frames()) {
            throw new DicomException("frame " + frame + " outside 0.." + (d.frames() - 1));
        }
        Plane p =
                d.samplesPerPixel() == 1
                                && d.photometric() != PhotometricInterpretation.PALETTE_COLOR
                        ? grey(image, frame, spec)
                        : Colour.toRgb(image, frame);
        if (spec.resize() == TensorSpec.Resize.PAD_TO_SQUARE) {
            p = p.padToSquare();
        }
        p = p.resize(spec.width(), spec.height(), spec.interpolation());
        int c = spec.channels();
        int n = spec.width() * spec.height();
        float[] out = new float[n * c];
        for (int ch = 0; ch < c; ch++) {
            float mean = spec.mean(ch);
            float std = spec.std(ch);
            for (int i = 0; i < n; i++) {
                float v;
                if (p.channels() == c) {
                    v = p.data()[i * c + ch];
                } else if (p.channels() == 1) {
                    v = p.data()[i];
                } else {
                    float[] a = p.data();
                    v = 0.299f * a[3 * i] + 0.587f * a[3 * i + 1] + 0.114f * a[3 * i + 2];
                }
                out[ch * n + i] = (v - mean) / std;
            }
        }
        return ArrayImgs.floats(out, spec.width(), spec.height(), c);
    }

    private static Plane grey(DecodedImage image, int frame, TensorSpec spec)
            throws DicomException {
        PixelDescription d = image.description();
        int n = d.rows() * d.columns();
        float[] all = image.modality();
        float[] v = java.util.Arrays.copyOfRange(all, frame * n, (frame + 1) * n);
        Window.apply(v, image, spec);
        if (spec.invertMonochrome1() && d.photometric() == PhotometricInterpretation.MONOCHROME1) {
            for (int i = 0; i < n; i++) {
                v[i] = 1f - v[i];
            }
        }
        return new Plane(v, d.columns(), d.rows(), 1);
    }
}
