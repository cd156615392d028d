package org.protopnet.model.explain;

import java.util.Arrays;
import org.protopnet.model.ModelException;

/**
 * A prototype's similarity map over an image at model-input resolution (row-major, {@code width *
 * height} values): where in the image the prototype's part is found, and how strongly.
 */
public record ActivationMap(int width, int height, float[] values) {
    public ActivationMap {
        if (width < 1 || height < 1 || values.length != width * height) {
            throw new ModelException(
                    "activation map "
                            + width
                            + " x "
                            + height
                            + " with "
                            + values.length
                            + " values");
        }
    }

    /**
     * The bounding box of the values at or above the {@code q}-th percentile (linear interpolation
     * between ranks, as {@code numpy.percentile}); the authors' {@code find_high_activation_crop}
     * with q = 95.
     */
    public Box percentileBox(double q) {
        float threshold = (float) percentile(q);
        int x0 = width;
        int y0 = height;
        int x1 = 0;
        int y1 = 0;
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                if (values[y * width + x] >= threshold) {
                    x0 = Math.min(x0, x);
                    y0 = Math.min(y0, y);
                    x1 = Math.max(x1, x + 1);
                    y1 = Math.max(y1, y + 1);
                }
            }
        }
        return new Box(x0, y0, x1, y1);
    }

    /** The {@code q}-th percentile (0..100) of the values. */
    public double percentile(double q) {
        if (!(q >= 0 && q <= 100)) {
            throw new ModelException("percentile " + q + " outside 0..100");
        }
        float[] sorted = values.clone();
        Arrays.sort(sorted);
        double rank = q / 100.0 * (sorted.length - 1);
        int lo = (int) Math.floor(rank);
        int hi = Math.min(sorted.length - 1, lo + 1);
        return sorted[lo] + (rank - lo) * (sorted[hi] - sorted[lo]);
    }

    public float max() {
        float m = Float.NEGATIVE_INFINITY;
        for (float v : values) {
            m = Math.max(m, v);
        }
        return m;
    }

    public float min() {
        float m = Float.POSITIVE_INFINITY;
        for (float v : values) {
            m = Math.min(m, v);
        }
        return m;
    }

    /** The value at pixel (x, y). */
    public float get(int x, int y) {
        return values[y * width + x];
    }

    /**
     * The map of a latent (h x w, row-major) similarity grid upsampled bicubically to {@code size}
     * x {@code size}, as the authors' {@code cv2.resize(..., interpolation=cv2.INTER_CUBIC)}.
     */
    public static ActivationMap upsampled(float[] latent, int h, int w, int size) {
        return new ActivationMap(size, size, Bicubic.resize(latent, h, w, size, size));
    }
}
