package org.protopnet.model.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.protopnet.model.nn.TorchTestSupport.gaussian;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.nio.FloatBuffer;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Channels-last activations and pointwise convolutions as matrix products give the same numbers as
 * a double-precision sum, including the shapes oneDNN's channels-last 1x1 kernel gets wrong on some
 * CPUs (512 and 100 outputs), and whole networks agree with channel-major input.
 */
class MemoryLayoutTest {

    @ParameterizedTest(name = "n={0} c={1} {2}x{2} -> {3}, stride {4}, bias {5}")
    @CsvSource({
        "8, 256, 4, 512, 2, false",
        "8, 64, 4, 512, 1, true",
        "64, 64, 7, 100, 1, false",
        "4, 128, 7, 2000, 1, false",
        "2, 1024, 4, 512, 1, true",
        "3, 16, 9, 24, 2, true"
    })
    void pointwiseEqualsTheDoublePrecisionConvolution(
            int n, int c, int size, int out, int stride, boolean withBias) {
        SplittableRandom r = new SplittableRandom(n * 31L + out);
        float[] x = gaussian(r, n * c * size * size, 1);
        float[] w = gaussian(r, out * c, 1 / Math.sqrt(c));
        float[] b = gaussian(r, out, 1);
        int o = (size - 1) / stride + 1;
        try (NDManager m = NDManager.newBaseManager()) {
            NDArray input = InputBatchLayout.channelsLast(m, x, n, c, size);
            NDArray y =
                    MemoryLayout.pointwise(
                            input,
                            m.create(FloatBuffer.wrap(w), new Shape(out, c, 1, 1)),
                            withBias ? m.create(b) : null,
                            stride);
            assertEquals(new Shape(n, out, o, o), y.getShape());
            float[] got = y.toFloatArray();
            double worst = 0;
            for (int i = 0; i < got.length; i++) {
                int ox = i % o;
                int oy = (i / o) % o;
                int oc = (i / (o * o)) % out;
                int ni = i / (o * o * out);
                double sum = withBias ? b[oc] : 0;
                for (int ch = 0; ch < c; ch++) {
                    sum +=
                            (double) x[((ni * c + ch) * size + oy * stride) * size + ox * stride]
                                    * w[oc * c + ch];
                }
                worst = Math.max(worst, Math.abs(sum - got[i]));
            }
            assertEquals(0, worst, 1e-4, "largest error against the double-precision sum");
        }
    }

    @Test
    void networksGiveTheSameOutputsForChannelsLastAndChannelMajorInput() {
        for (Architecture a : new Architecture[] {Architecture.SMALL_CNN, Architecture.RESNET18}) {
            NetworkSpec spec =
                    NetworkSpec.evenlySplit(
                            a, 32, 10, 100, 64, AddOnType.BOTTLENECK, SimilarityFunction.LOG);
            float[] images = gaussian(new SplittableRandom(3), 4 * 3 * 32 * 32, 1);
            try (NDManager m = NDManager.newBaseManager();
                    ProtoPNet net = ProtoPNet.create(spec, m.newSubManager(), 1);
                    GradMode.Restore g = GradMode.off()) {
                ForwardResult last = net.forward(InputBatch.of(m, images, 4, 32), false);
                ForwardResult major =
                        net.forward(
                                m.create(FloatBuffer.wrap(images), new Shape(4, 3, 32, 32)), false);
                assertArrayEquals(
                        major.minDistances().toFloatArray(),
                        last.minDistances().toFloatArray(),
                        1e-3f,
                        a + " min distances");
                assertArrayEquals(
                        major.logits().toFloatArray(),
                        last.logits().toFloatArray(),
                        1e-3f,
                        a + " logits");
            }
        }
    }

    /** (n, c, size, size) channel-major values as a channels-last array. */
    private static final class InputBatchLayout {
        static NDArray channelsLast(NDManager m, float[] x, int n, int c, int size) {
            int plane = size * size;
            float[] nhwc = new float[x.length];
            for (int i = 0; i < n; i++) {
                for (int ch = 0; ch < c; ch++) {
                    for (int p = 0; p < plane; p++) {
                        nhwc[(i * plane + p) * c + ch] = x[(i * c + ch) * plane + p];
                    }
                }
            }
            return MemoryLayout.channelsLastView(
                    m.create(FloatBuffer.wrap(nhwc), new Shape(n, size, size, c)));
        }
    }
}
