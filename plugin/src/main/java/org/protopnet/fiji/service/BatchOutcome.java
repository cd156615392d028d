package org.protopnet.fiji.service;

import java.nio.file.Path;
import java.util.List;

/**
 * What a batch did.
 *
 * @param classified studies classified in this run
 * @param skipped studies already done by an earlier run (resume)
 * @param failures each study that could not be classified, with why
 * @param files the tables and report written (results.csv, report.html, ...)
 * @param cancelled whether the run was stopped before the end
 */
public record BatchOutcome(
        long classified,
        long skipped,
        List<Failure> failures,
        List<Path> files,
        boolean cancelled,
        double seconds) {
    /** A study that could not be classified. */
    public record Failure(String study, Path file, String reason) {}

    /** Studies with a result (this run or an earlier one). */
    public long succeeded() {
        return classified + skipped;
    }
}
