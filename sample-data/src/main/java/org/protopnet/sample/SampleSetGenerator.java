package org.protopnet.sample;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.protopnet.sample.ultrasound.UltrasoundStudyWriter;
import org.protopnet.sample.xray.XrayStudyWriter;

/**
 * Generates a set of synthetic DICOM studies with labels and lesion boxes, deterministically from a
 * seed: {@code OUT/xray/} and {@code OUT/ultrasound/}, each with {@code labels.csv}, {@code
 * lesions.csv} and {@code SPLIT/CLASS/ID.dcm} files, one study per file.
 *
 * <pre>{@code
 * SampleSet set = SampleSetGenerator.generate(Path.of("out"), GeneratorOptions.ofCases(1000, 1));
 * // or: java -cp ... org.protopnet.sample.SampleSetGenerator --out DIR --cases 1000 --seed 1
 * }</pre>
 */
public final class SampleSetGenerator {
    private SampleSetGenerator() {}

    /** Generates {@code options}' set under {@code out} (existing files are overwritten). */
    public static SampleSet generate(Path out, GeneratorOptions options) throws IOException {
        return generate(out, options, c -> {});
    }

    /** As {@link #generate(Path, GeneratorOptions)}, telling {@code progress} of each case. */
    public static SampleSet generate(
            Path out, GeneratorOptions options, Consumer<SampleCase> progress) throws IOException {
        List<SampleCase> all = new ArrayList<>();
        for (SampleModality m : EnumSet.copyOf(options.modalities())) {
            List<SampleCase> cases = new ArrayList<>();
            Path folder = out.resolve(m.folder());
            SplitCounts counts = options.counts(m);
            int number = 0;
            for (int i = 0; i < counts.perClass(); i++) {
                for (String label : m.classes()) {
                    number++;
                    String split = counts.splitOf(i);
                    String path =
                            split
                                    + "/"
                                    + label
                                    + "/"
                                    + m.prefix()
                                    + String.format(Locale.ROOT, "%04d.dcm", number);
                    SampleCase c =
                            m == SampleModality.XRAY
                                    ? XrayStudyWriter.write(
                                            folder, path, number, label, split, options.seed())
                                    : UltrasoundStudyWriter.write(
                                            folder, path, number, label, split, options.seed());
                    cases.add(c);
                    progress.accept(c);
                }
            }
            Manifests.write(folder, cases);
            all.addAll(cases);
        }
        return new SampleSet(out, all);
    }

    /**
     * Command line: {@code --out DIR [--cases N] [--seed S] [--modalities xray,ultrasound]};
     * without {@code --cases} it makes the committed set's counts.
     */
    public static void main(String[] args) {
        try {
            Arguments a = Arguments.parse(args);
            SampleSet set = generate(a.out(), a.options());
            System.out.println(
                    "wrote "
                            + set.cases().size()
                            + " studies under "
                            + set.root().toAbsolutePath());
        } catch (IllegalArgumentException | IOException | UncheckedIOException e) {
            System.err.println("sample-data: " + e.getMessage());
            System.exit(2);
        }
    }
}
