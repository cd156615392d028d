package org.protopnet.model.io;

import java.util.Arrays;

/**
 * A tensor in Java memory: row-major float values and a shape. Integer and half-precision data are
 * widened to float on reading, which is exact for every weight and label this product stores.
 */
public record HostTensor(long[] shape, float[] data) {
    public HostTensor {
        long n = 1;
        for (long d : shape) {
            if (d < 0) {
                throw new IllegalArgumentException(
                        "negative dimension in " + Arrays.toString(shape));
            }
            n *= d;
        }
        if (n != data.length) {
            throw new IllegalArgumentException(
                    data.length + " values for shape " + Arrays.toString(shape));
        }
    }

    /** Number of elements. */
    public int size() {
        return data.length;
    }

    /** The shape as text, e.g. {@code (8, 3, 64, 64)}. */
    public String shapeText() {
        return shapeText(shape);
    }

    /** {@code (a, b, c)} for a shape. */
    public static String shapeText(long[] shape) {
        StringBuilder s = new StringBuilder("(");
        for (int i = 0; i < shape.length; i++) {
            s.append(i == 0 ? "" : ", ").append(shape[i]);
        }
        return s.append(shape.length == 1 ? ",)" : ")").toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof HostTensor t
                && Arrays.equals(shape, t.shape)
                && Arrays.equals(data, t.data);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(shape) + Arrays.hashCode(data);
    }

    @Override
    public String toString() {
        return "HostTensor" + shapeText();
    }
}
