package org.protopnet.model.data;

import java.util.List;
import java.util.SplittableRandom;

/**
 * A synthetic radiograph-like set whose classes differ only by a small local part: {@code normal},
 * {@code round lesion} (a faint bright disc) and {@code linear defect} (a thin dark line), on
 * smooth textured backgrounds with noise. Every image is generated from (seed, index), so the set
 * is the same everywhere; the planted part's box is known, which is what makes explanation quality
 * measurable (pointing game).
 */
public final class PlantedPartSet implements LabeledSet {
    public static final List<String> CLASSES = List.of("normal", "round lesion", "linear defect");

    /** A planted part's bounding box in pixels (inclusive-exclusive). */
    public record Box(int x0, int y0, int x1, int y1) {}

    private final int count;
    private final int size;
    private final long seed;

    /**
     * @param count images (split 70 % train, 15 % validation, 15 % test by index)
     * @param size image width and height in pixels (at least 32)
     */
    public PlantedPartSet(int count, int size, long seed) {
        if (size < 32) {
            throw new IllegalArgumentException("image size must be at least 32");
        }
        this.count = count;
        this.size = size;
        this.seed = seed;
    }

    @Override
    public List<String> classNames() {
        return CLASSES;
    }

    @Override
    public int size() {
        return count;
    }

    @Override
    public String source(int i) {
        return "synthetic:" + seed + "/" + i + " (" + CLASSES.get(label(i)) + ")";
    }

    @Override
    public int label(int i) {
        return i % CLASSES.size();
    }

    @Override
    public Split split(int i) {
        int r = (i / CLASSES.size()) % 20;
        return r < 14 ? Split.TRAIN : r < 17 ? Split.VAL : Split.TEST;
    }

    /** The planted part's box, or null for a normal image. */
    public Box box(int i) {
        return generate(i, null);
    }

    @Override
    public RawImage load(int i) {
        float[] px = new float[size * size];
        generate(i, px);
        return new RawImage(size, size, 1, px);
    }

    private Box generate(int i, float[] px) {
        SplittableRandom r = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + i);
        double gx = r.nextDouble(-0.3, 0.3);
        double gy = r.nextDouble(-0.3, 0.3);
        double base = r.nextDouble(0.3, 0.5);
        double fx = r.nextDouble(1.5, 3.5) * Math.PI / size;
        double fy = r.nextDouble(1.5, 3.5) * Math.PI / size;
        double phase = r.nextDouble(0, 2 * Math.PI);
        double noise = r.nextDouble(0.02, 0.06);
        int margin = size / 8;
        int label = label(i);
        double cx = r.nextDouble(margin + 4, size - margin - 4);
        double cy = r.nextDouble(margin + 4, size - margin - 4);
        double radius = r.nextDouble(2.5, 4.5) * size / 48.0;
        double contrast = r.nextDouble(0.25, 0.4);
        double angle = r.nextDouble(0, Math.PI);
        double half = r.nextDouble(5, 8) * size / 48.0;
        Box box;
        if (label == 1) {
            box =
                    clip(
                            (int) Math.floor(cx - radius),
                            (int) Math.floor(cy - radius),
                            (int) Math.ceil(cx + radius) + 1,
                            (int) Math.ceil(cy + radius) + 1);
        } else if (label == 2) {
            double dx = Math.cos(angle) * half;
            double dy = Math.sin(angle) * half;
            box =
                    clip(
                            (int) Math.floor(cx - Math.abs(dx) - 1),
                            (int) Math.floor(cy - Math.abs(dy) - 1),
                            (int) Math.ceil(cx + Math.abs(dx)) + 2,
                            (int) Math.ceil(cy + Math.abs(dy)) + 2);
        } else {
            box = null;
        }
        if (px == null) {
            return box;
        }
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                double u = (x - size / 2.0) / size;
                double v = (y - size / 2.0) / size;
                double value =
                        base + gx * u + gy * v + 0.08 * Math.sin(fx * x + phase) * Math.cos(fy * y);
                if (label == 1) {
                    double d = Math.hypot(x - cx, y - cy);
                    value += contrast * Math.max(0, Math.min(1, radius + 0.5 - d));
                } else if (label == 2) {
                    double ux = Math.cos(angle);
                    double uy = Math.sin(angle);
                    double along = (x - cx) * ux + (y - cy) * uy;
                    double across = Math.abs(-(x - cx) * uy + (y - cy) * ux);
                    if (Math.abs(along) <= half) {
                        value -= contrast * Math.max(0, Math.min(1, 1.2 - across));
                    }
                }
                value += noise * gaussian(r);
                px[y * size + x] = (float) Math.max(0, Math.min(1, value));
            }
        }
        return box;
    }

    private Box clip(int x0, int y0, int x1, int y1) {
        return new Box(Math.max(0, x0), Math.max(0, y0), Math.min(size, x1), Math.min(size, y1));
    }

    private static double gaussian(SplittableRandom r) {
        double u1 = 1.0 - r.nextDouble();
        double u2 = r.nextDouble();
        return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
    }
}
