package org.protopnet.model.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.NDScope;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.GradientCollector;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.protopnet.model.nn.AddOnType;
import org.protopnet.model.nn.Architecture;
import org.protopnet.model.nn.CollectorChurn;
import org.protopnet.model.nn.ForwardResult;
import org.protopnet.model.nn.GradMode;
import org.protopnet.model.nn.NetworkSpec;
import org.protopnet.model.nn.Parameter;
import org.protopnet.model.nn.ProtoPNet;
import org.protopnet.model.nn.SimilarityFunction;

class ProtoPNetLossTest {
    // two images (labels 0 and 1), four prototypes (classes 0, 0, 1, 1), two classes
    private static final float[] MIN_DIST = {0.5f, 2.0f, 1.0f, 3.0f, 0.7f, 2.5f, 1.5f, 0.2f};
    private static final float[] LOGITS = {1.0f, -0.5f, 0.3f, 0.9f};
    private static final float[] WEIGHT = {1f, 0.8f, -0.5f, -0.3f, -0.4f, -0.2f, 1f, 0.9f};

    @Test
    void everyLossTermEqualsAHandComputationOnATinyBatch() {
        NetworkSpec spec = TinyNetworks.smallCnn(2, 4, 3);
        try (ProtoPNet net = ProtoPNet.create(spec, NDManager.newBaseManager(), 0);
                NDManager m = NDManager.newBaseManager()) {
            NDArray min = m.create(MIN_DIST, new Shape(2, 4));
            NDArray logits = m.create(LOGITS, new Shape(2, 2));
            NDArray w = m.create(WEIGHT, new Shape(2, 4));
            ForwardResult out = new ForwardResult(null, null, min, null, logits);
            LossValues v =
                    new ProtoPNetLoss(net, LossCoefficients.PAPER)
                            .compute(out, m.create(new long[] {0, 1}), w)
                            .values();

            double ce = (-logSoftmax(1.0, -0.5, 0) - logSoftmax(0.3, 0.9, 1)) / 2;
            // cluster: nearest own-class prototype; separation: nearest other-class prototype
            double cluster = (Math.min(0.5, 2.0) + Math.min(1.5, 0.2)) / 2;
            double separation = (Math.min(1.0, 3.0) + Math.min(0.7, 2.5)) / 2;
            double avgSeparation = ((1.0 + 3.0) / 2 + (0.7 + 2.5) / 2) / 2;
            // L1 only over connections from a prototype to a class it does not belong to
            double l1 = 0.5 + 0.3 + 0.4 + 0.2;
            assertEquals(ce, v.crossEntropy(), 1e-6);
            assertEquals(cluster, v.cluster(), 1e-6);
            assertEquals(separation, v.separation(), 1e-6);
            assertEquals(avgSeparation, v.averageSeparation(), 1e-6);
            assertEquals(l1, v.l1(), 1e-6);
            assertEquals(ce + 0.8 * cluster - 0.08 * separation + 1e-4 * l1, v.total(), 1e-6);
        }
    }

    @Test
    void theL1MaskCoversExactlyTheWrongClassWeights() {
        NetworkSpec spec =
                new NetworkSpec(
                        Architecture.SMALL_CNN,
                        32,
                        3,
                        2,
                        new int[] {2, 0, 1, 0, 2},
                        AddOnType.REGULAR,
                        SimilarityFunction.LOG,
                        1e-4f);
        try (ProtoPNet net = ProtoPNet.create(spec, NDManager.newBaseManager(), 0);
                NDManager m = NDManager.newBaseManager()) {
            ProtoPNetLoss loss = new ProtoPNetLoss(net, LossCoefficients.PAPER);
            ForwardResult out =
                    new ForwardResult(
                            null, null, m.ones(new Shape(1, 5)), null, m.zeros(new Shape(1, 3)));
            for (int c = 0; c < 3; c++) {
                for (int j = 0; j < 5; j++) {
                    float[] w = new float[15];
                    w[c * 5 + j] = 1f;
                    double l1 =
                            loss.compute(
                                            out,
                                            m.create(new long[] {0}),
                                            m.create(w, new Shape(3, 5)))
                                    .values()
                                    .l1();
                    assertEquals(
                            spec.prototypeClass()[j] == c ? 0 : 1,
                            l1,
                            0,
                            "weight class " + c + " <- prototype " + j);
                }
            }
        }
    }

    private static double logSoftmax(double a, double b, int k) {
        double max = Math.max(a, b);
        double lse = max + Math.log(Math.exp(a - max) + Math.exp(b - max));
        return (k == 0 ? a : b) - lse;
    }

    @Test
    void gradientsDoNotDependOnWhenTheGarbageCollectorRuns() throws Exception {
        NetworkSpec spec = TinyNetworks.smallCnn(2, 4, 8);
        float[] images = new float[2 * 3 * 32 * 32];
        SplittableRandom r = new SplittableRandom(5);
        for (int i = 0; i < images.length; i++) {
            images[i] = (float) (r.nextDouble() * 4 - 2);
        }
        try (ProtoPNet net = ProtoPNet.create(spec, NDManager.newBaseManager(), 3);
                GradMode.Restore g = GradMode.on()) {
            net.parameters().setTrainable(Phase.JOINT.trained());
            Map<String, float[]> undisturbed = gradients(net, images, false);
            Map<String, float[]> collected = gradients(net, images, true);
            assertEquals(undisturbed.keySet(), collected.keySet());
            for (String name : undisturbed.keySet()) {
                assertArrayEquals(undisturbed.get(name), collected.get(name), 0f, name);
            }
        }
    }

    /** The gradients of one step's total loss, optionally with a collection before backward. */
    private static Map<String, float[]> gradients(ProtoPNet net, float[] images, boolean collect)
            throws InterruptedException {
        NDManager m = net.parameters().manager();
        Map<String, float[]> out = new TreeMap<>();
        try (NDScope scope = new NDScope()) {
            scope.suppressNotUsedWarning();
            NDArray x = m.create(images, new Shape(2, 3, 32, 32));
            try (GradientCollector gc = Engine.getInstance().newGradientCollector()) {
                ForwardResult f = net.forward(x, true);
                NDArray total =
                        new ProtoPNetLoss(net, LossCoefficients.PAPER)
                                .compute(
                                        f,
                                        m.create(new long[] {0, 1}),
                                        net.lastLayer().weight().array())
                                .total();
                List<ByteBuffer> reused =
                        collect ? CollectorChurn.collectAndReuse() : new ArrayList<>();
                gc.backward(total);
                reused.clear();
            }
            for (Parameter p : net.parameters().all()) {
                if (!p.isBuffer() && p.array().hasGradient()) {
                    NDArray grad = p.array().getGradient();
                    out.put(p.name(), grad.toFloatArray());
                    grad.subi(grad);
                }
            }
        }
        return out;
    }
}
