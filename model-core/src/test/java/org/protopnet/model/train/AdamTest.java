package org.protopnet.model.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.GradientCollector;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.protopnet.model.nn.GradMode;
import org.protopnet.model.nn.NetworkSpec;
import org.protopnet.model.nn.Parameter;
import org.protopnet.model.nn.ParameterGroup;
import org.protopnet.model.nn.ProtoPNet;

class AdamTest {
    private static final double BETA1 = 0.9;
    private static final double BETA2 = 0.999;
    private static final double EPS = 1e-8;

    @Test
    void updatesLikePyTorchAdamWithCoupledWeightDecayAndZeroesTheGradient() {
        NetworkSpec spec = TinyNetworks.smallCnn(3, 6, 8);
        try (ProtoPNet net = ProtoPNet.create(spec, NDManager.newBaseManager(), 4)) {
            net.parameters().setTrainable(Phase.WARM_UP.trained());
            Parameter p = net.prototypeLayer().vectors();
            NDArray w = p.array();
            double[] expected = toDouble(w.toFloatArray());
            int n = expected.length;
            double[] m = new double[n];
            double[] v = new double[n];
            double lr = 0.01;
            double decay = 0.1;
            Adam adam = new Adam();
            for (int t = 1; t <= 4; t++) {
                float[] grad = gradient(n, t);
                try (NDManager scratch = w.getManager().newSubManager();
                        GradientCollector gc = Engine.getInstance().newGradientCollector()) {
                    gc.backward(w.mul(scratch.create(grad, w.getShape())).sum());
                }
                try (GradMode.Restore off = GradMode.off()) {
                    adam.step(List.of(p), lr, decay);
                }
                for (int i = 0; i < n; i++) {
                    double g = grad[i] + decay * expected[i];
                    m[i] = BETA1 * m[i] + (1 - BETA1) * g;
                    v[i] = BETA2 * v[i] + (1 - BETA2) * g * g;
                    double denom = Math.sqrt(v[i]) / Math.sqrt(1 - Math.pow(BETA2, t)) + EPS;
                    expected[i] -= lr / (1 - Math.pow(BETA1, t)) * m[i] / denom;
                }
                float[] actual = w.toFloatArray();
                for (int i = 0; i < n; i++) {
                    assertEquals(expected[i], actual[i], 2e-6, "step " + t + ", element " + i);
                }
                assertEquals(0f, w.getGradient().abs().sum().getFloat(), "gradient zeroed");
            }
        }
    }

    @Test
    void inferenceAfterAStepUsesTheSteppedWeightsNotFoldedOnesFromBefore() {
        NetworkSpec spec = TinyNetworks.smallCnn(3, 6, 8);
        try (ProtoPNet net = ProtoPNet.create(spec, NDManager.newBaseManager(), 4);
                NDManager scratch = NDManager.newBaseManager()) {
            net.parameters().setTrainable(Phase.JOINT.trained());
            NDArray x = scratch.randomUniform(-1, 1, new Shape(4, 3, 32, 32));
            NDArray before;
            try (GradMode.Restore off = GradMode.off()) {
                before = net.forward(x, false).logits(); // folds each BatchNorm into its conv
            }
            try (GradientCollector gc = Engine.getInstance().newGradientCollector()) {
                gc.backward(net.forward(x, false).logits().square().sum());
            }
            List<Parameter> features = net.parameters().trainable(ParameterGroup.FEATURES);
            try (GradMode.Restore off = GradMode.off()) {
                new Adam().step(features, 0.05, 0);
                NDArray folded = net.forward(x, false).logits();
                NDArray unfolded;
                try (GradMode.Restore on = GradMode.on()) {
                    unfolded = net.forward(x, false).logits();
                }
                assertTrue(
                        folded.sub(before).abs().max().getFloat() > 1e-3,
                        "the step changed the outputs");
                assertEquals(0, folded.sub(unfolded).abs().max().getFloat(), 1e-4);
            }
        }
    }

    /** Mixed signs and magnitudes from 1e-3 to 1, different at every step. */
    private static float[] gradient(int n, int step) {
        float[] g = new float[n];
        for (int i = 0; i < n; i++) {
            double magnitude = Math.pow(10, -3.0 * ((i * 7 + step * 3) % 11) / 10);
            g[i] = (float) (((i + step) % 3 == 0 ? -1 : 1) * magnitude);
        }
        return g;
    }

    private static double[] toDouble(float[] f) {
        double[] d = new double[f.length];
        for (int i = 0; i < f.length; i++) {
            d[i] = f[i];
        }
        return d;
    }
}
