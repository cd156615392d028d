package org.protopnet.model.train;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDScope;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.protopnet.model.io.HostTensor;
import org.protopnet.model.nn.Parameter;

/**
 * Adam with PyTorch's semantics, including its coupled L2 weight decay (the decay is added to the
 * gradient before the moments, unlike AdamW). One instance per optimiser of the paper (warm, joint,
 * last layer), each keeping its own moments, as the authors' code does.
 */
public final class Adam {
    private static final float BETA1 = 0.9f;
    private static final float BETA2 = 0.999f;
    private static final float EPS = 1e-8f;

    private final Map<String, State> states = new HashMap<>();

    private static final class State {
        NDArray m;
        NDArray v;
        long step;
    }

    /**
     * One update of {@code params} from their accumulated gradients, which are then zeroed.
     * Parameters without a gradient are skipped.
     */
    public void step(List<Parameter> params, double lr, double weightDecay) {
        for (Parameter p : params) {
            NDArray w = p.array();
            if (!w.hasGradient()) {
                continue;
            }
            State s = states.computeIfAbsent(p.name(), k -> newState(w));
            s.step++;
            update(w, w.getGradient(), s, lr, weightDecay);
            p.changedInPlace();
        }
    }

    /**
     * PyTorch's update, written in place on the gradient and moments with one temporary at a time,
     * each freed at once: the update is memory-bound, and a temporary per operation kept to the end
     * of the training step made it as slow as the backward pass of ResNet-18.
     *
     * <p>{@code w -= lr / bc1 * m / (sqrt(v) / sqrt(bc2) + eps)} is computed as {@code w -= lr *
     * sqrt(bc2) / bc1 * m / (sqrt(v) + eps * sqrt(bc2))}, the same quantity with two fewer passes.
     */
    private static void update(NDArray w, NDArray g, State s, double lr, double weightDecay) {
        if (weightDecay != 0) {
            try (NDArray decay = w.mul((float) weightDecay)) {
                g.addi(decay);
            }
        }
        try (NDArray g2 = g.mul(g)) {
            s.v.muli(BETA2).addi(g2.muli(1 - BETA2));
        }
        s.m.muli(BETA1).addi(g.muli(1 - BETA1));
        double bc1 = 1 - Math.pow(BETA1, s.step);
        double sqrtBc2 = Math.sqrt(1 - Math.pow(BETA2, s.step));
        try (NDArray denom = s.v.sqrt().addi((float) (EPS * sqrtBc2));
                NDArray delta = s.m.div(denom)) {
            w.subi(delta.muli((float) (lr * sqrtBc2 / bc1)));
        }
        g.subi(g);
    }

    private static State newState(NDArray w) {
        State s = new State();
        s.m = w.zerosLike();
        s.v = w.zerosLike();
        NDScope.unregister(s.m, s.v);
        s.m.attach(w.getManager());
        s.v.attach(w.getManager());
        return s;
    }

    /** Moments and step counts by parameter name, for checkpoints. */
    public Map<String, HostTensor> export(String prefix) {
        Map<String, HostTensor> out = new HashMap<>();
        for (Map.Entry<String, State> e : states.entrySet()) {
            State s = e.getValue();
            long[] shape = s.m.getShape().getShape();
            out.put(prefix + e.getKey() + ".m", new HostTensor(shape, s.m.toFloatArray()));
            out.put(prefix + e.getKey() + ".v", new HostTensor(shape, s.v.toFloatArray()));
            out.put(
                    prefix + e.getKey() + ".step",
                    new HostTensor(new long[0], new float[] {s.step}));
        }
        return out;
    }

    /** Restores what {@link #export} wrote for the parameters in {@code params}. */
    public void restore(Map<String, HostTensor> saved, String prefix, List<Parameter> params) {
        for (Parameter p : params) {
            HostTensor m = saved.get(prefix + p.name() + ".m");
            HostTensor v = saved.get(prefix + p.name() + ".v");
            HostTensor step = saved.get(prefix + p.name() + ".step");
            if (m == null || v == null || step == null) {
                continue;
            }
            State s = newState(p.array());
            s.m.set(m.data());
            s.v.set(v.data());
            s.step = (long) step.data()[0];
            states.put(p.name(), s);
        }
    }
}
