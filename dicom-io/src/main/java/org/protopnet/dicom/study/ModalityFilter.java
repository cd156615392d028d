package org.protopnet.dicom.study;

import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Which modalities a scan keeps.
 *
 * @param modalities modality codes to keep; empty keeps everything
 */
public record ModalityFilter(Set<String> modalities) {
    /** Projection X-ray: CR, DX, MG, RG, XA. */
    public static final ModalityFilter XRAY = of("CR", "DX", "MG", "RG", "XA");

    /** Ultrasound. */
    public static final ModalityFilter ULTRASOUND = of("US");

    /** Everything. */
    public static final ModalityFilter ALL = new ModalityFilter(Set.of());

    /** A filter keeping {@code codes} (case-insensitive). */
    public static ModalityFilter of(String... codes) {
        return new ModalityFilter(
                Stream.of(codes)
                        .map(c -> c.trim().toUpperCase(Locale.ROOT))
                        .collect(Collectors.toUnmodifiableSet()));
    }

    /** Whether a series of {@code modality} is kept. */
    public boolean accepts(String modality) {
        return modalities.isEmpty()
                || (modality != null && modalities.contains(modality.toUpperCase(Locale.ROOT)));
    }
}
