package org.protopnet.model.train;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.NDScope;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.GradientCollector;
import java.nio.FloatBuffer;
import org.junit.jupiter.api.Test;
import org.protopnet.model.bench.BenchConfig;
import org.protopnet.model.nn.ForwardResult;
import org.protopnet.model.nn.ProtoPNet;

class StepProfileExperiment {
    @Test
    void run() {
        if (System.getProperty("exp") == null) return;
        BenchConfig c = BenchConfig.of(System.getProperty("exp"));
        boolean cl = Boolean.getBoolean("cl");
        try (NDManager m = NDManager.newBaseManager();
                ProtoPNet net = ProtoPNet.create(c.network(), m.newSubManager(), 1)) {
            int b = c.batchSize(), s = c.network().imageSize();
            float[] data = new float[b * 3 * s * s];
            for (int i = 0; i < data.length; i++) data[i] = (float) Math.sin(i);
            long[] y = new long[b];
            net.parameters().setTrainable(Phase.JOINT.trained());
            ProtoPNetLoss loss = new ProtoPNetLoss(net, LossCoefficients.PAPER);
            Optimizers opt = new Optimizers();
            TrainingStep step = new TrainingStep(Phase.JOINT, 5, 0, 1e-4, 3e-3, 3e-3, 0);
            long[] best = {
                Long.MAX_VALUE, Long.MAX_VALUE, Long.MAX_VALUE, Long.MAX_VALUE, Long.MAX_VALUE
            };
            for (int it = 0; it < 12; it++) {
                try (NDScope sc = new NDScope()) {
                    long t0 = System.nanoTime();
                    NDArray x =
                            cl
                                    ? m.create(FloatBuffer.wrap(data), new Shape(b, s, s, 3))
                                            .transpose(0, 3, 1, 2)
                                    : m.create(FloatBuffer.wrap(data), new Shape(b, 3, s, s));
                    NDArray yy = m.create(y);
                    long t1, t2, t3;
                    try (GradientCollector gc = Engine.getInstance().newGradientCollector()) {
                        ForwardResult out = net.forward(x, true);
                        out.logits().getFloat(0, 0);
                        t1 = System.nanoTime();
                        LossTerms terms = loss.compute(out, yy, net.lastLayer().weight().array());
                        terms.total().getFloat();
                        t2 = System.nanoTime();
                        gc.backward(terms.total());
                        t3 = System.nanoTime();
                    }
                    opt.step(net.parameters(), step, 1e-3);
                    long t4 = System.nanoTime();
                    long[] t = {t1 - t0, t2 - t1, t3 - t2, t4 - t3, t4 - t0};
                    for (int k = 0; k < 5; k++) if (it >= 2) best[k] = Math.min(best[k], t[k]);
                }
            }
            System.out.printf(
                    "cl=%s forward %.1f ms, loss %.1f ms, backward %.1f ms, adam %.1f ms, total %.1f ms = %.1f img/s%n",
                    cl,
                    best[0] / 1e6,
                    best[1] / 1e6,
                    best[2] / 1e6,
                    best[3] / 1e6,
                    best[4] / 1e6,
                    b / (best[4] / 1e9));
        }
    }
}
