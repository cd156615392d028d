package org.protopnet.dicom.tensor;

import org.protopnet.dicom.DicomException;
import org.protopnet.dicom.pixel.DecodedImage;
import org.protopnet.dicom.pixel.PaletteLut;
import org.protopnet.dicom.pixel.PhotometricInterpretation;
import org.protopnet.dicom.pixel.PixelDescription;
import org.protopnet.dicom.pixel.StoredPixels;

/** Converts a colour frame (RGB, YBR, PALETTE COLOR) to RGB in [0, 1]. */
final class Colour {
    private Colour() {}

    static Plane toRgb(DecodedImage image, int frame) throws DicomException {
        PixelDescription d = image.description();
        StoredPixels s = image.stored();
        int n = d.rows() * d.columns();
        float[] out = new float[n * 3];
        int base = frame * s.frameSize();
        if (d.photometric() == PhotometricInterpretation.PALETTE_COLOR) {
            PaletteLut lut = image.palette();
            float scale = (1 << lut.bits()) - 1;
            for (int i = 0; i < n; i++) {
                long idx = s.get(base + i);
                for (int c = 0; c < 3; c++) {
                    out[3 * i + c] = lut.lookup(idx, c) / scale;
                }
            }
            return new Plane(out, d.columns(), d.rows(), 3);
        }
        float max = (float) ((1L << d.bitsStored()) - 1);
        boolean partial =
                d.photometric() == PhotometricInterpretation.YBR_PARTIAL_422
                        || d.photometric() == PhotometricInterpretation.YBR_PARTIAL_420;
        boolean ybr = d.photometric().isYbr();
        float mid = (max + 1) / 2;
        for (int i = 0; i < n; i++) {
            float a = s.get(base + 3 * i);
            float b = s.get(base + 3 * i + 1);
            float c = s.get(base + 3 * i + 2);
            float r = a;
            float g = b;
            float bl = c;
            if (partial) {
                float y = 1.1644f * (a - 16 * max / 255);
                r = y + 1.5960f * (c - mid);
                g = y - 0.3917f * (b - mid) - 0.8129f * (c - mid);
                bl = y + 2.0172f * (b - mid);
            } else if (ybr) {
                r = a + 1.402f * (c - mid);
                g = a - 0.344136f * (b - mid) - 0.714136f * (c - mid);
                bl = a + 1.772f * (b - mid);
            }
            out[3 * i] = clamp(r / max);
            out[3 * i + 1] = clamp(g / max);
            out[3 * i + 2] = clamp(bl / max);
        }
        return new Plane(out, d.columns(), d.rows(), 3);
    }

    private static float clamp(float v) {
        return v < 0 ? 0 : v > 1 ? 1 : v;
    }
}
