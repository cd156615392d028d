package org.protopnet.sample;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Set;

/** The generator's command-line arguments, parsed; a bad one is a one-line error naming it. */
record Arguments(Path out, GeneratorOptions options) {
    static final String USAGE =
            "usage: SampleSetGenerator --out DIR [--cases N] [--seed S]"
                    + " [--modalities xray,ultrasound]";

    static Arguments parse(String[] args) {
        Path out = null;
        Integer cases = null;
        long seed = GeneratorOptions.COMMITTED_SEED;
        Set<SampleModality> modalities = EnumSet.allOf(SampleModality.class);
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--help") || a.equals("-h")) {
                throw new IllegalArgumentException(USAGE);
            }
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException(a + ": missing value; " + USAGE);
            }
            String v = args[++i];
            switch (a) {
                case "--out" -> out = Path.of(v);
                case "--cases" -> cases = number(a, v);
                case "--seed" -> seed = number(a, v);
                case "--modalities" -> {
                    modalities = EnumSet.noneOf(SampleModality.class);
                    for (String m : v.split(",")) {
                        modalities.add(SampleModality.parse(m));
                    }
                }
                default -> throw new IllegalArgumentException("unknown option " + a + "; " + USAGE);
            }
        }
        if (out == null) {
            throw new IllegalArgumentException("--out is required; " + USAGE);
        }
        GeneratorOptions base =
                cases == null
                        ? new GeneratorOptions(
                                seed,
                                modalities,
                                GeneratorOptions.committed().xray(),
                                GeneratorOptions.committed().ultrasound())
                        : GeneratorOptions.ofCases(cases, seed);
        return new Arguments(out, base.withModalities(modalities));
    }

    private static int number(String option, String v) {
        try {
            int n = Integer.parseInt(v);
            if (n < 1) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + ": expected a positive number, got " + v);
        }
    }
}
