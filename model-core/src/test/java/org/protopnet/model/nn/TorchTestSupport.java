package org.protopnet.model.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.fail;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.util.SplittableRandom;
import org.protopnet.model.io.HostTensor;

/** Small helpers the network tests share: NDArrays from host tensors and tolerant comparison. */
public final class TorchTestSupport {
    private TorchTestSupport() {}

    /** {@code count} normal values with standard deviation {@code scale}. */
    public static float[] gaussian(SplittableRandom r, int count, double scale) {
        float[] v = new float[count];
        for (int i = 0; i < count; i++) {
            v[i] = (float) (r.nextGaussian() * scale);
        }
        return v;
    }

    public static NDArray toArray(NDManager manager, HostTensor t) {
        return manager.create(t.data(), new Shape(t.shape()));
    }

    /** Fails naming the worst element when any |actual - expected| exceeds {@code tolerance}. */
    public static void assertClose(String what, HostTensor expected, NDArray actual, double tol) {
        assertArrayEquals(expected.shape(), actual.getShape().getShape(), what + ": shape");
        float[] a = actual.toFloatArray();
        float[] e = expected.data();
        int worst = -1;
        double worstError = 0;
        for (int i = 0; i < e.length; i++) {
            double err = Math.abs(a[i] - e[i]);
            if (Double.isNaN(err) || err > worstError) {
                worstError = Double.isNaN(err) ? Double.POSITIVE_INFINITY : err;
                worst = i;
            }
        }
        if (worstError > tol) {
            fail(
                    what
                            + ": max |error| "
                            + worstError
                            + " > "
                            + tol
                            + " at flat index "
                            + worst
                            + " (expected "
                            + e[worst]
                            + ", got "
                            + a[worst]
                            + ")");
        }
        System.out.println(what + ": max |error| " + worstError + " (tolerance " + tol + ")");
    }
}
