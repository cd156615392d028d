package org.protopnet.model.nn;

import ai.djl.ndarray.types.Shape;
import java.util.SplittableRandom;

/**
 * How a new weight is filled, drawn on the Java side from the store's seeded generator so that the
 * same seed gives bit-identical networks on every machine.
 */
@FunctionalInterface
public interface WeightInit {
    /** Values for a tensor of {@code shape}, in row-major order. */
    float[] values(Shape shape, SplittableRandom random);

    /** Every value {@code value}. */
    static WeightInit constant(float value) {
        return (shape, random) -> {
            float[] v = new float[Math.toIntExact(shape.size())];
            java.util.Arrays.fill(v, value);
            return v;
        };
    }

    /** Uniform on [low, high). */
    static WeightInit uniform(double low, double high) {
        return (shape, random) -> {
            float[] v = new float[Math.toIntExact(shape.size())];
            for (int i = 0; i < v.length; i++) {
                v[i] = (float) (low + (high - low) * random.nextDouble());
            }
            return v;
        };
    }

    /**
     * He (Kaiming) normal with fan-out and ReLU gain, as torchvision and the authors initialise
     * convolutions: standard deviation sqrt(2 / (out_channels * kh * kw)).
     */
    static WeightInit kaimingNormalFanOut() {
        return (shape, random) -> {
            long fanOut = shape.get(0) * (shape.dimension() > 2 ? shape.slice(2).size() : 1);
            return gaussian(shape, random, Math.sqrt(2.0 / fanOut));
        };
    }

    /** He (Kaiming) normal with fan-in and ReLU gain: sqrt(2 / (in_channels * kh * kw)). */
    static WeightInit kaimingNormalFanIn() {
        return (shape, random) -> {
            long fanIn = shape.get(1) * (shape.dimension() > 2 ? shape.slice(2).size() : 1);
            return gaussian(shape, random, Math.sqrt(2.0 / fanIn));
        };
    }

    private static float[] gaussian(Shape shape, SplittableRandom random, double std) {
        float[] v = new float[Math.toIntExact(shape.size())];
        for (int i = 0; i < v.length; i++) {
            v[i] = (float) (nextGaussian(random) * std);
        }
        return v;
    }

    /** Box-Muller on the seeded generator (SplittableRandom has no nextGaussian on Java 17). */
    private static double nextGaussian(SplittableRandom random) {
        double u1 = 1.0 - random.nextDouble();
        double u2 = random.nextDouble();
        return Math.sqrt(-2.0 * Math.log(u1)) * Math.cos(2.0 * Math.PI * u2);
    }
}
