package org.protopnet.sample;

/**
 * A small deterministic random source (SplitMix64) whose sequence is fixed by its seed on every
 * JVM, unlike {@code java.util.Random#nextGaussian}'s JDK-dependent algorithms; the generator draws
 * every random choice from one of these.
 *
 * <pre>{@code
 * Rng rng = Rng.of(seed, "xray", 17);   // one independent stream per case
 * double x = rng.uniform(0.2, 0.8);
 * }</pre>
 */
public final class Rng {
    private long state;

    /** A stream seeded with {@code seed}. */
    public Rng(long seed) {
        this.state = seed;
    }

    /** An independent stream for case {@code index} of stream {@code name} under {@code seed}. */
    public static Rng of(long seed, String name, int index) {
        long h = seed;
        for (int i = 0; i < name.length(); i++) {
            h = mix(h ^ name.charAt(i));
        }
        return new Rng(mix(h ^ mix(index + 0x632BE59BD9B4E019L)));
    }

    /** The next 64 random bits. */
    public long nextLong() {
        state += 0x9E3779B97F4A7C15L;
        return mix(state);
    }

    /** Uniform in [0, 1). */
    public double nextDouble() {
        return (nextLong() >>> 11) * 0x1.0p-53;
    }

    /** Uniform in [lo, hi). */
    public double uniform(double lo, double hi) {
        return lo + (hi - lo) * nextDouble();
    }

    /** Uniform integer in [0, bound). */
    public int nextInt(int bound) {
        return (int) ((nextLong() >>> 33) % bound);
    }

    /** True with probability {@code p}. */
    public boolean chance(double p) {
        return nextDouble() < p;
    }

    /** One of {@code options}, uniformly. */
    @SafeVarargs
    public final <T> T pick(T... options) {
        return options[nextInt(options.length)];
    }

    /** Standard normal (Box-Muller with {@link StrictMath}, so reproducible everywhere). */
    public double gaussian() {
        double u = 1.0 - nextDouble();
        double v = nextDouble();
        return StrictMath.sqrt(-2 * StrictMath.log(u)) * StrictMath.cos(2 * StrictMath.PI * v);
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
