package org.protopnet.model.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.NDScope;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.GradientCollector;
import java.util.SplittableRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Inference with the BatchNorm folded into the convolution gives what the two layers give one after
 * the other, and never runs on folded weights older than the tensors they came from.
 */
class ConvBatchNormTest {
    private static final int IN = 16;
    private static final int OUT = 24;
    private static final int SIZE = 12;

    private NDManager m;
    private ParameterStore store;

    @BeforeEach
    void newStore() {
        m = NDManager.newBaseManager();
        store = new ParameterStore(m, 3);
    }

    @AfterEach
    void close() {
        store.close();
        m.close();
    }

    @ParameterizedTest(name = "{0}x{0} stride {1} padding {2}, conv bias {3}")
    @CsvSource({"3, 1, 1, false", "1, 2, 0, true", "7, 2, 3, false", "1, 1, 0, false"})
    void foldedInferenceEqualsTheConvolutionThenTheNormalisation(
            int kernel, int stride, int padding, boolean bias) {
        Pair p = pair(kernel, stride, padding, bias);
        NDArray x = input(5);
        try (GradMode.Restore off = GradMode.off()) {
            assertClose(p.separately(x), p.fused().forward(x, false), "folded");
        }
    }

    @Test
    void foldedWeightsOutliveTheScopeOfThePassThatMadeThem() {
        Pair p = pair(3, 1, 1, false);
        NDArray x = input(5);
        try (GradMode.Restore off = GradMode.off()) {
            try (NDScope scope = new NDScope()) {
                scope.suppressNotUsedWarning();
                p.fused().forward(x, false);
            }
            assertClose(p.separately(x), p.fused().forward(x, false), "after the scope");
        }
    }

    @Test
    void aSequentialKeepsAConvolutionAndItsBatchNormAsOneLayer() {
        Pair p = pair(3, 1, 1, false);
        assertInstanceOf(ConvBatchNorm.class, p.fused());
    }

    @Test
    void inferenceFollowsAssignedWeightsAndUpdatedRunningStatistics() {
        Pair p = pair(3, 1, 1, true);
        NDArray x = input(9);
        try (GradMode.Restore off = GradMode.off()) {
            NDArray before = p.fused().forward(x, false);
            p.conv().weight().assign(gaussian(new SplittableRandom(11), p.conv().weight(), 0.2));
            NDArray afterAssign = p.fused().forward(x, false);
            assertDiffer(before, afterAssign, "a new convolution weight");
            assertClose(p.separately(x), afterAssign, "after assign");

            p.fused().forward(input(13).mul(3).add(1), true); // moves the running statistics
            NDArray afterTraining = p.fused().forward(x, false);
            assertDiffer(afterAssign, afterTraining, "new running statistics");
            assertClose(p.separately(x), afterTraining, "after a training pass");
        }
    }

    @Test
    void aPassThatRecordsGradientsReachesTheConvolutionWeights() {
        Pair p = pair(3, 1, 1, false);
        NDArray x = input(5);
        try (GradMode.Restore off = GradMode.off()) {
            p.fused().forward(x, false); // inference folds the weights, outside any graph
        }
        NDArray w = p.conv().weight().array();
        w.setRequiresGradient(true);
        try (GradientCollector gc = Engine.getInstance().newGradientCollector()) {
            gc.backward(p.fused().forward(x, false).sum());
        }
        assertTrue(w.getGradient().abs().sum().getFloat() > 0, "weights got a gradient");
    }

    /** One convolution and its BatchNorm with running statistics far from (0, 1). */
    private record Pair(Conv2dLayer conv, BatchNorm2dLayer norm, Layer fused) {
        NDArray separately(NDArray x) {
            return norm.forward(conv.forward(x, false), false);
        }
    }

    private Pair pair(int kernel, int stride, int padding, boolean bias) {
        Conv2dLayer conv =
                Conv2dLayer.create(
                        store,
                        "conv",
                        ParameterGroup.FEATURES,
                        IN,
                        OUT,
                        kernel,
                        stride,
                        padding,
                        bias,
                        WeightInit.kaimingNormalFanOut());
        BatchNorm2dLayer norm = BatchNorm2dLayer.create(store, "bn", ParameterGroup.FEATURES, OUT);
        SplittableRandom r = new SplittableRandom(7);
        if (bias) {
            conv.bias().assign(gaussian(r, conv.bias(), 0.5));
        }
        norm.weight().assign(gaussian(r, norm.weight(), 1));
        norm.bias().assign(gaussian(r, norm.bias(), 1));
        norm.runningMean().assign(gaussian(r, norm.runningMean(), 2));
        float[] var = gaussian(r, norm.runningVar(), 1);
        for (int i = 0; i < var.length; i++) {
            var[i] = 0.05f + var[i] * var[i];
        }
        norm.runningVar().assign(var);
        Sequential s = new Sequential().add(conv).add(norm);
        assertEquals(1, s.layers().size(), "one layer");
        return new Pair(conv, norm, s.layers().get(0));
    }

    private NDArray input(long seed) {
        float[] x = new float[2 * IN * SIZE * SIZE];
        SplittableRandom r = new SplittableRandom(seed);
        for (int i = 0; i < x.length; i++) {
            x[i] = (float) (r.nextDouble() * 2 - 1);
        }
        // channels-last memory, as activations are laid out in the network
        return MemoryLayout.channelsLastView(m.create(x, new Shape(2, SIZE, SIZE, IN)));
    }

    private static float[] gaussian(SplittableRandom r, Parameter p, double std) {
        return TorchTestSupport.gaussian(r, Math.toIntExact(p.array().size()), std);
    }

    private static void assertClose(NDArray expected, NDArray actual, String what) {
        float[] e = expected.toFloatArray();
        float[] a = actual.toFloatArray();
        double worst = 0;
        double scale = 0;
        for (int i = 0; i < e.length; i++) {
            worst = Math.max(worst, Math.abs(e[i] - a[i]));
            scale = Math.max(scale, Math.abs(e[i]));
        }
        assertTrue(worst <= 1e-5 * Math.max(1, scale), what + ": max |error| " + worst);
    }

    private static void assertDiffer(NDArray a, NDArray b, String cause) {
        float diff = a.sub(b).abs().max().getFloat();
        assertTrue(diff > 1e-3, cause + " changes the output (max difference " + diff + ")");
    }
}
