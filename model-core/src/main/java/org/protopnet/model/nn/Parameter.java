package org.protopnet.model.nn;

import ai.djl.ndarray.NDArray;
import java.util.Arrays;

/**
 * One named tensor of the network: a trainable weight or a buffer (BatchNorm running statistics,
 * constants) that is saved and loaded but never given a gradient.
 */
public final class Parameter {
    private final String name;
    private final ParameterGroup group;
    private final boolean buffer;
    private NDArray array;
    private volatile long version;

    Parameter(String name, ParameterGroup group, boolean buffer, NDArray array) {
        this.name = name;
        this.group = group;
        this.buffer = buffer;
        this.array = array;
    }

    /** The PyTorch {@code state_dict} name, e.g. {@code features.layer1.0.conv1.weight}. */
    public String name() {
        return name;
    }

    public ParameterGroup group() {
        return group;
    }

    /** True for running statistics and constants, which never receive a gradient. */
    public boolean isBuffer() {
        return buffer;
    }

    public NDArray array() {
        return array;
    }

    /** The shape as PyTorch reports it. */
    public long[] shape() {
        return array.getShape().getShape();
    }

    /** Overwrites the values in place, keeping the array (and any gradient setting) alive. */
    public void assign(float[] values) {
        if (values.length != array.size()) {
            throw new IllegalArgumentException(
                    name + ": " + values.length + " values for shape " + Arrays.toString(shape()));
        }
        array.set(values);
        version++;
    }

    /**
     * A number that changes whenever the values change: through {@link #assign}, or when whoever
     * writes the array in place says so with {@link #changedInPlace}. Values derived from this
     * parameter (folded inference weights) are rebuilt when it differs from theirs.
     */
    public long version() {
        return version;
    }

    /** Records that the array was written in place (an optimiser step, running statistics). */
    public void changedInPlace() {
        version++;
    }

    @Override
    public String toString() {
        return name + Arrays.toString(shape());
    }
}
