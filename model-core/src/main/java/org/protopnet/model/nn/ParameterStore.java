package org.protopnet.model.nn;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Every named tensor of one network, in registration order, owned by one {@link NDManager}. Layers
 * register their weights here under their PyTorch names and keep the returned {@link Parameter};
 * saving, loading and the optimizer all go through this store.
 */
public final class ParameterStore implements AutoCloseable {
    private final NDManager manager;
    private final Map<String, Parameter> parameters = new LinkedHashMap<>();
    private final SplittableRandom random;

    /**
     * @param manager owns every array created here (closed with the store)
     * @param seed seeds the initial weights, so the same seed gives the same network
     */
    public ParameterStore(NDManager manager, long seed) {
        this.manager = manager;
        this.random = new SplittableRandom(seed);
    }

    /** Registers a trainable weight initialised by {@code init}. */
    public Parameter weight(String name, ParameterGroup group, Shape shape, WeightInit init) {
        return register(name, group, false, shape, init.values(shape, random));
    }

    /** Registers a buffer (saved and loaded, never trained) filled with {@code value}. */
    public Parameter buffer(String name, ParameterGroup group, Shape shape, float value) {
        float[] values = new float[Math.toIntExact(shape.size())];
        java.util.Arrays.fill(values, value);
        return register(name, group, true, shape, values);
    }

    private Parameter register(
            String name, ParameterGroup group, boolean buffer, Shape shape, float[] values) {
        if (parameters.containsKey(name)) {
            throw new IllegalStateException("parameter registered twice: " + name);
        }
        NDArray array = manager.create(values, shape);
        array.setName(name);
        Parameter parameter = new Parameter(name, group, buffer, array);
        parameters.put(name, parameter);
        return parameter;
    }

    public NDManager manager() {
        return manager;
    }

    /** The parameter called {@code name}, or null. */
    public Parameter get(String name) {
        return parameters.get(name);
    }

    /** All parameters and buffers in registration order. */
    public Collection<Parameter> all() {
        return Collections.unmodifiableCollection(parameters.values());
    }

    /** The trainable (non-buffer) parameters of {@code group}. */
    public List<Parameter> trainable(ParameterGroup group) {
        List<Parameter> out = new ArrayList<>();
        for (Parameter p : parameters.values()) {
            if (!p.isBuffer() && p.group() == group) {
                out.add(p);
            }
        }
        return out;
    }

    /** Turns gradient tracking on for exactly the trainable parameters of {@code groups}. */
    public void setTrainable(Collection<ParameterGroup> groups) {
        for (Parameter p : parameters.values()) {
            if (!p.isBuffer()) {
                boolean wanted = groups.contains(p.group());
                if (wanted != p.array().hasGradient()) {
                    p.array().setRequiresGradient(wanted);
                }
            }
        }
    }

    @Override
    public void close() {
        manager.close();
    }
}
