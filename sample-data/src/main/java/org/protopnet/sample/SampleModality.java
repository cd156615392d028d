package org.protopnet.sample;

import java.util.List;

/** The two kinds of synthetic study, each with its own folder and classes. */
public enum SampleModality {
    /** X-ray-like radiographs (CR, DX). */
    XRAY("xray", "XR", List.of("normal", "nodule", "fracture")),
    /** Ultrasound-like scans (US, single frame or cine). */
    ULTRASOUND("ultrasound", "US", List.of("normal", "cyst", "mass"));

    private final String folder;
    private final String prefix;
    private final List<String> classes;

    SampleModality(String folder, String prefix, List<String> classes) {
        this.folder = folder;
        this.prefix = prefix;
        this.classes = classes;
    }

    /** The folder under the output root ({@code xray}, {@code ultrasound}). */
    public String folder() {
        return folder;
    }

    /** Case id prefix ({@code XR}, {@code US}). */
    public String prefix() {
        return prefix;
    }

    /** Class names; the first is {@code normal} (no lesion). */
    public List<String> classes() {
        return classes;
    }

    /** Parses {@code xray} or {@code ultrasound} (also {@code us}). */
    public static SampleModality parse(String name) {
        String n = name.strip().toLowerCase(java.util.Locale.ROOT);
        for (SampleModality m : values()) {
            if (m.folder.equals(n) || m.prefix.equalsIgnoreCase(n)) {
                return m;
            }
        }
        throw new IllegalArgumentException(
                "unknown modality '" + name + "': expected xray or ultrasound");
    }
}
