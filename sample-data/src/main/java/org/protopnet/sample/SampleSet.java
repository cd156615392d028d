package org.protopnet.sample;

import java.nio.file.Path;
import java.util.List;

/** What {@link SampleSetGenerator} wrote: the output root and every case, in generation order. */
public record SampleSet(Path root, List<SampleCase> cases) {
    /** Copies the case list. */
    public SampleSet {
        cases = List.copyOf(cases);
    }

    /** The labels CSV of modality {@code m} ({@code root/xray/labels.csv}). */
    public Path labels(SampleModality m) {
        return root.resolve(m.folder()).resolve("labels.csv");
    }

    /** The lesions CSV of modality {@code m}. */
    public Path lesions(SampleModality m) {
        return root.resolve(m.folder()).resolve("lesions.csv");
    }

    /** The cases of modality {@code m}. */
    public List<SampleCase> cases(SampleModality m) {
        return cases.stream().filter(c -> c.modality() == m).toList();
    }
}
