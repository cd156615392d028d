package org.protopnet.sample;

import java.util.EnumSet;
import java.util.Set;

/**
 * What {@link SampleSetGenerator} makes: the seed every pixel and UID derives from, the modalities,
 * and the per-class split counts of each.
 *
 * <pre>{@code
 * GeneratorOptions big = GeneratorOptions.ofCases(1000, 7);  // ~1000 studies per modality
 * }</pre>
 */
public record GeneratorOptions(
        long seed, Set<SampleModality> modalities, SplitCounts xray, SplitCounts ultrasound) {
    /** The seed of the committed set under {@code sample-data/set}. */
    public static final long COMMITTED_SEED = 20261203L;

    /** Copies the modality set and checks there is at least one. */
    public GeneratorOptions {
        if (modalities.isEmpty()) {
            throw new IllegalArgumentException("no modality chosen");
        }
        modalities = Set.copyOf(EnumSet.copyOf(modalities));
    }

    /** The committed set: X-ray 80/25/25 and ultrasound 40/14/14 cases per class. */
    public static GeneratorOptions committed() {
        return new GeneratorOptions(
                COMMITTED_SEED,
                EnumSet.allOf(SampleModality.class),
                new SplitCounts(80, 25, 25),
                new SplitCounts(40, 14, 14));
    }

    /** About {@code cases} studies per modality (60/20/20, classes balanced), both modalities. */
    public static GeneratorOptions ofCases(int cases, long seed) {
        return new GeneratorOptions(
                seed,
                EnumSet.allOf(SampleModality.class),
                SplitCounts.ofTotal(cases, 3),
                SplitCounts.ofTotal(cases, 3));
    }

    /** The same options for only {@code chosen} modalities. */
    public GeneratorOptions withModalities(Set<SampleModality> chosen) {
        return new GeneratorOptions(seed, chosen, xray, ultrasound);
    }

    /** The split counts of {@code m}. */
    public SplitCounts counts(SampleModality m) {
        return m == SampleModality.XRAY ? xray : ultrasound;
    }
}
