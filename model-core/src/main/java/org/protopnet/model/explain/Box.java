package org.protopnet.model.explain;

import org.protopnet.model.ModelException;

/**
 * A pixel box, {@code x1} and {@code y1} exclusive, in the coordinates its owner names (the model
 * input, S x S, unless said otherwise).
 */
public record Box(int x0, int y0, int x1, int y1) {
    public Box {
        if (x1 < x0 || y1 < y0) {
            throw new ModelException(
                    "box (" + x0 + ", " + y0 + ", " + x1 + ", " + y1 + ") has negative size");
        }
    }

    public int width() {
        return x1 - x0;
    }

    public int height() {
        return y1 - y0;
    }

    public int area() {
        return width() * height();
    }

    /** True when the two boxes share at least one pixel. */
    public boolean intersects(Box o) {
        return x0 < o.x1 && o.x0 < x1 && y0 < o.y1 && o.y0 < y1;
    }

    /** Intersection over union, 0 for disjoint or empty boxes. */
    public double iou(Box o) {
        int w = Math.min(x1, o.x1) - Math.max(x0, o.x0);
        int h = Math.min(y1, o.y1) - Math.max(y0, o.y0);
        if (w <= 0 || h <= 0) {
            return 0;
        }
        double inter = (double) w * h;
        return inter / (area() + o.area() - inter);
    }

    /**
     * This box with x scaled by {@code sx} and y by {@code sy}, widened outwards to whole pixels:
     * maps S x S input coordinates onto the original image ({@code sx = width / S}).
     */
    public Box scaled(double sx, double sy) {
        return new Box(
                (int) Math.floor(x0 * sx + 1e-9),
                (int) Math.floor(y0 * sy + 1e-9),
                (int) Math.ceil(x1 * sx - 1e-9),
                (int) Math.ceil(y1 * sy - 1e-9));
    }

    /** This box cut to {@code [0, width) x [0, height)}. */
    public Box clipped(int width, int height) {
        int a = Math.max(0, Math.min(width, x0));
        int b = Math.max(0, Math.min(height, y0));
        return new Box(a, b, Math.max(a, Math.min(width, x1)), Math.max(b, Math.min(height, y1)));
    }
}
