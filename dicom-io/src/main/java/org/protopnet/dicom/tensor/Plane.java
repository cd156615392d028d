package org.protopnet.dicom.tensor;

import org.protopnet.dicom.tensor.TensorSpec.Interpolation;

/** An interleaved float image (x fastest, then channel interleaved) being shaped into a tensor. */
record Plane(float[] data, int width, int height, int channels) {

    /** Pads the short side with zeros, centred, to a square. */
    Plane padToSquare() {
        int s = Math.max(width, height);
        if (s == width && s == height) {
            return this;
        }
        float[] out = new float[s * s * channels];
        int ox = (s - width) / 2;
        int oy = (s - height) / 2;
        for (int y = 0; y < height; y++) {
            System.arraycopy(
                    data,
                    y * width * channels,
                    out,
                    ((y + oy) * s + ox) * channels,
                    width * channels);
        }
        return new Plane(out, s, s, channels);
    }

    /** Resamples to {@code w × h}; pixel centres are aligned as in common image libraries. */
    Plane resize(int w, int h, Interpolation mode) {
        if (w == width && h == height) {
            return this;
        }
        float[] out = new float[w * h * channels];
        double sx = (double) width / w;
        double sy = (double) height / h;
        for (int y = 0; y < h; y++) {
            double fy = Math.max(0, Math.min(height - 1, (y + 0.5) * sy - 0.5));
            for (int x = 0; x < w; x++) {
                double fx = Math.max(0, Math.min(width - 1, (x + 0.5) * sx - 0.5));
                for (int c = 0; c < channels; c++) {
                    out[(y * w + x) * channels + c] =
                            mode == Interpolation.NEAREST
                                    ? at(
                                            (int) Math.min(width - 1, Math.floor((x + 0.5) * sx)),
                                            (int) Math.min(height - 1, Math.floor((y + 0.5) * sy)),
                                            c)
                                    : bilinear(fx, fy, c);
                }
            }
        }
        return new Plane(out, w, h, channels);
    }

    private float at(int x, int y, int c) {
        return data[(y * width + x) * channels + c];
    }

    private float bilinear(double fx, double fy, int c) {
        int x0 = (int) fx;
        int y0 = (int) fy;
        int x1 = Math.min(width - 1, x0 + 1);
        int y1 = Math.min(height - 1, y0 + 1);
        double ax = fx - x0;
        double ay = fy - y0;
        double top = at(x0, y0, c) * (1 - ax) + at(x1, y0, c) * ax;
        double bottom = at(x0, y1, c) * (1 - ax) + at(x1, y1, c) * ax;
        return (float) (top * (1 - ay) + bottom * ay);
    }
}
