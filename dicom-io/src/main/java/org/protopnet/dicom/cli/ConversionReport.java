package org.protopnet.dicom.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** The outcome of a conversion run: one line per input, and how many converted or failed. */
public final class ConversionReport {
    /** One input's outcome: the output written, or the failure message. */
    public record Entry(Path input, Path output, String error) {
        /** Whether the input converted. */
        public boolean ok() {
            return error == null;
        }

        /** The line the CLI prints. */
        public String line() {
            return ok() ? "OK     " + input + " -> " + output : "FAILED " + input + ": " + error;
        }
    }

    private final List<Entry> entries = new ArrayList<>();

    void add(Entry e) {
        entries.add(e);
    }

    /** Every input's outcome in the order processed. */
    public List<Entry> entries() {
        return Collections.unmodifiableList(entries);
    }

    /** Inputs that converted. */
    public long converted() {
        return entries.stream().filter(Entry::ok).count();
    }

    /** Inputs that failed. */
    public long failed() {
        return entries.size() - converted();
    }

    /** The exit status the CLI should return: non-zero only when nothing converted. */
    public int exitStatus() {
        return converted() > 0 ? 0 : 1;
    }
}
