package org.protopnet.model.visual;

import java.awt.image.BufferedImage;
import org.protopnet.model.data.InputSpec;

/**
 * A model input (3 x S x S, normalised, channel-major) turned back into the picture the model saw:
 * de-normalised with the model's mean and std, clamped to [0, 1], 8-bit RGB. Only pixels travel, so
 * the picture carries no patient identifiers.
 */
public final class InputImage {
    private InputImage() {}

    /** The picture of the input starting at {@code offset} in {@code images}. */
    public static BufferedImage of(float[] images, int offset, InputSpec spec) {
        int s = spec.imageSize();
        int plane = s * s;
        float[] mean = spec.mean();
        float[] std = spec.std();
        BufferedImage out = new BufferedImage(s, s, BufferedImage.TYPE_INT_RGB);
        for (int p = 0; p < plane; p++) {
            int rgb = 0;
            for (int c = 0; c < 3; c++) {
                float v = images[offset + c * plane + p] * std[c] + mean[c];
                rgb = (rgb << 8) | Math.round(255 * Math.max(0, Math.min(1, v)));
            }
            out.setRGB(p % s, p / s, rgb);
        }
        return out;
    }

    /** A copy of {@code box} of {@code image} (at least one pixel). */
    public static BufferedImage crop(BufferedImage image, org.protopnet.model.explain.Box box) {
        int w = Math.max(1, box.width());
        int h = Math.max(1, box.height());
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int sx = Math.min(image.getWidth() - 1, box.x0() + x);
                int sy = Math.min(image.getHeight() - 1, box.y0() + y);
                out.setRGB(x, y, image.getRGB(sx, sy));
            }
        }
        return out;
    }
}
