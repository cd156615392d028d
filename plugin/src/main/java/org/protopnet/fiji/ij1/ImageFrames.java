package org.protopnet.fiji.ij1;

import ij.ImagePlus;
import ij.process.ColorProcessor;
import ij.process.ImageProcessor;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import org.protopnet.model.data.RawImage;

/**
 * An ImageJ image's slices as the model sees them: values in [0, 1] as displayed (the display range
 * maps to [0, 1], an inverted LUT is undone so that bright stays bright), grey as one channel, RGB
 * as three. This matches how training read PNGs (8 bit / 255) and DICOM (the file's window,
 * MONOCHROME1 inverted), so classifying an opened file gives what classifying the file gives.
 */
public final class ImageFrames {
    private ImageFrames() {}

    /** Every slice of {@code imp}, first to last. */
    public static List<RawImage> of(ImagePlus imp) {
        List<RawImage> out = new ArrayList<>();
        for (int s = 1; s <= imp.getStackSize(); s++) {
            out.add(slice(imp, s));
        }
        return out;
    }

    /** Slice {@code s} (1-based). */
    public static RawImage slice(ImagePlus imp, int s) {
        ImageProcessor ip = imp.getStack().getProcessor(s);
        int w = ip.getWidth();
        int h = ip.getHeight();
        if (ip instanceof ColorProcessor cp) {
            int[] rgb = (int[]) cp.getPixels();
            float[] px = new float[w * h * 3];
            for (int i = 0; i < w * h; i++) {
                px[3 * i] = ((rgb[i] >> 16) & 0xFF) / 255f;
                px[3 * i + 1] = ((rgb[i] >> 8) & 0xFF) / 255f;
                px[3 * i + 2] = (rgb[i] & 0xFF) / 255f;
            }
            return new RawImage(w, h, 3, px);
        }
        double min = imp.getDisplayRangeMin();
        double max = imp.getDisplayRangeMax();
        if (!(max > min)) {
            max = min + 1;
        }
        boolean inverted = imp.getProcessor().isInvertedLut();
        float[] px = new float[w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                double v = (ip.getPixelValue(x, y) - min) / (max - min);
                v = Math.max(0, Math.min(1, v));
                px[y * w + x] = (float) (inverted ? 1 - v : v);
            }
        }
        return new RawImage(w, h, 1, px);
    }

    /** Slice {@code s} (1-based) as an RGB picture, as displayed. */
    public static BufferedImage picture(ImagePlus imp, int s) {
        ImageProcessor ip = imp.getStack().getProcessor(s).duplicate();
        if (!(ip instanceof ColorProcessor)) {
            ip.setColorModel(imp.getProcessor().getColorModel());
            ip.setMinAndMax(imp.getDisplayRangeMin(), imp.getDisplayRangeMax());
        }
        ColorProcessor rgb = (ColorProcessor) ip.convertToRGB();
        BufferedImage out =
                new BufferedImage(rgb.getWidth(), rgb.getHeight(), BufferedImage.TYPE_INT_RGB);
        out.setRGB(
                0, 0, rgb.getWidth(), rgb.getHeight(), (int[]) rgb.getPixels(), 0, rgb.getWidth());
        return out;
    }
}
