package org.protopnet.fiji.service;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/** What a classification writes: a table, the numbers, pictures, a report, derived DICOM. */
public enum OutputFormat {
    /** {@code results.csv}: a row per study and per frame of multi-frame studies. */
    CSV,
    /**
     * {@code results.json}: per frame, logits, probabilities, distances, similarities, evidence.
     */
    JSON,
    /** {@code overlays/ID.png} and {@code looks-like/ID.png} per study. */
    PNG,
    /** {@code report.html}: every study with its pictures, and the failures. */
    HTML,
    /** {@code dicom/ID.dcm}: the overlay as a Secondary Capture of the source study. */
    DICOM;

    /** Parses "csv,json,png" (case-insensitive); an unknown name is an error naming it. */
    public static Set<OutputFormat> parse(Iterable<String> names) {
        Set<OutputFormat> out = EnumSet.noneOf(OutputFormat.class);
        for (String n : names) {
            for (String part : n.split(",")) {
                String p = part.strip().toUpperCase(Locale.ROOT);
                if (p.isEmpty()) {
                    continue;
                }
                try {
                    out.add(valueOf(p));
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException(
                            "unknown format '" + part.strip() + "' (csv, json, png, html, dicom)");
                }
            }
        }
        return out;
    }
}
