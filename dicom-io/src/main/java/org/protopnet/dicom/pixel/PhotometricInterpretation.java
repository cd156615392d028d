package org.protopnet.dicom.pixel;

import java.util.Locale;

/** The colour model of stored pixel values, from Photometric Interpretation (0028,0004). */
public enum PhotometricInterpretation {
    MONOCHROME1(1),
    MONOCHROME2(1),
    PALETTE_COLOR(1),
    RGB(3),
    YBR_FULL(3),
    YBR_FULL_422(3),
    YBR_PARTIAL_422(3),
    YBR_PARTIAL_420(3),
    YBR_ICT(3),
    YBR_RCT(3);

    private final int samples;

    PhotometricInterpretation(int samples) {
        this.samples = samples;
    }

    /** Samples per pixel this interpretation requires. */
    public int samples() {
        return samples;
    }

    /** Whether the values are grey levels. */
    public boolean isMonochrome() {
        return this == MONOCHROME1 || this == MONOCHROME2;
    }

    /** Whether the values are luminance and chrominance. */
    public boolean isYbr() {
        return name().startsWith("YBR");
    }

    /** The DICOM defined term, e.g. {@code "PALETTE COLOR"}. */
    public String term() {
        return name().replace('_', ' ').replace("YBR ", "YBR_").replace(" 42", "_42");
    }

    /** Parses a defined term; returns {@code null} when it names none. */
    public static PhotometricInterpretation parse(String term) {
        if (term == null) {
            return null;
        }
        String t = term.trim().toUpperCase(Locale.ROOT).replace(' ', '_');
        for (PhotometricInterpretation p : values()) {
            if (p.name().equals(t)) {
                return p;
            }
        }
        return null;
    }
}
