package org.protopnet.sample;

import java.util.List;

/**
 * One generated study: its file (relative to its modality's folder, where the CSVs are), class,
 * split and lesion boxes (none for {@code normal}; one per frame for cines).
 */
public record SampleCase(
        SampleModality modality,
        String path,
        String label,
        String split,
        int frames,
        List<LesionBox> lesions) {
    /** Copies the box list. */
    public SampleCase {
        lesions = List.copyOf(lesions);
    }
}
