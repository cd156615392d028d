package org.protopnet.dicom.tensor;

import java.util.Arrays;
import org.protopnet.dicom.DicomException;
import org.protopnet.dicom.pixel.DecodedImage;
import org.protopnet.dicom.pixel.VoiLut;

/**
 * Maps modality values to [0, 1] as a {@link TensorSpec} asks: file, fixed, percentile, min-max.
 */
final class Window {
    private Window() {}

    static void apply(float[] v, DecodedImage image, TensorSpec spec) throws DicomException {
        switch (spec.windowing()) {
            case FIXED -> voi(v, VoiLut.window(spec.windowCenter(), spec.windowWidth()));
            case PERCENTILE -> {
                float[] sorted = v.clone();
                Arrays.sort(sorted);
                linear(
                        v,
                        percentile(sorted, spec.lowPercentile()),
                        percentile(sorted, spec.highPercentile()));
            }
            case MIN_MAX -> minMax(v);
            case FILE -> {
                VoiLut voi = image.voiLut();
                if (voi.hasWindow() || voi.hasTable()) {
                    voi(v, voi);
                } else {
                    minMax(v);
                }
            }
        }
    }

    private static void voi(float[] v, VoiLut voi) {
        for (int i = 0; i < v.length; i++) {
            v[i] = (float) voi.toUnit(v[i]);
        }
    }

    private static void minMax(float[] v) {
        float lo = Float.POSITIVE_INFINITY;
        float hi = Float.NEGATIVE_INFINITY;
        for (float x : v) {
            lo = Math.min(lo, x);
            hi = Math.max(hi, x);
        }
        linear(v, lo, hi);
    }

    private static void linear(float[] v, float lo, float hi) {
        float span = hi > lo ? hi - lo : 1;
        for (int i = 0; i < v.length; i++) {
            float x = (v[i] - lo) / span;
            v[i] = x < 0 ? 0 : x > 1 ? 1 : x;
        }
    }

    private static float percentile(float[] sorted, double pct) {
        double pos = Math.max(0, Math.min(100, pct)) / 100 * (sorted.length - 1);
        int i = (int) Math.floor(pos);
        int j = Math.min(sorted.length - 1, i + 1);
        double f = pos - i;
        return (float) (sorted[i] * (1 - f) + sorted[j] * f);
    }
}
