package org.protopnet.model.nn;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.Shape;

/**
 * Keeps activations channels-last through the network and computes 1x1 convolutions without
 * oneDNN's 1x1 convolution kernels, which are wrong on some CPUs.
 *
 * <p>Images enter the network as an (n, 3, S, S) array laid out (n, S, S, 3) in memory. PyTorch
 * keeps that layout through every layer and hands the spatial convolutions to oneDNN's
 * channels-last kernels: 1.1 to 3.6 times faster here than channel-major, and checked against
 * double-precision sums. oneDNN 3.7.1's channels-last 1x1 kernel ({@code brgconv_1x1}, PyTorch
 * 2.7.1) is not safe: on an AMD EPYC with AVX-512 and VP2INTERSECT (Zen 5, in a VM reporting a 508
 * MB level-3 cache) it computes wrong outputs whenever it blocks the output channels by 48 and
 * their count is no multiple of 48 (512 outputs: error 1.5 on a quarter of the values; 100
 * prototypes: error 2), and dies of an integer division by zero (SIGFPE, taking the JVM with it)
 * for others (1024 in, 512 out). A 1x1 convolution over channels-last memory is exactly a matrix
 * product of the (n h w, c) pixel rows with the (c, o) weights, so {@link #pointwise} computes it
 * that way, with PyTorch's matrix multiply and no copy, and the output stays channels-last.
 */
public final class MemoryLayout {
    private MemoryLayout() {}

    /** An (n, c, h, w) view of {@code nhwc} (n, h, w, c): channels-last memory, logical NCHW. */
    public static NDArray channelsLastView(NDArray nhwc) {
        return nhwc.transpose(0, 3, 1, 2);
    }

    /**
     * The 1x1 convolution of {@code x} (n, c, h, w) with {@code weight} (o, c, 1, 1), {@code bias}
     * (o) or null, and {@code stride}, without padding: (n, o, h', w'), laid out channels-last.
     */
    public static NDArray pointwise(NDArray x, NDArray weight, NDArray bias, int stride) {
        NDArray in = stride == 1 ? x : x.get(new NDIndex(":, :, ::{}, ::{}", stride, stride));
        Shape s = in.getShape();
        long n = s.get(0);
        long c = s.get(1);
        long h = s.get(2);
        long w = s.get(3);
        long o = weight.getShape().get(0);
        NDArray rows = in.transpose(0, 2, 3, 1).reshape(n * h * w, c);
        NDArray out = rows.matMul(weight.reshape(o, c).transpose());
        if (bias != null) {
            out = out.add(bias);
        }
        return channelsLastView(out.reshape(n, h, w, o));
    }
}
