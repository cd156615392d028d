package org.protopnet.fiji.service;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.function.BooleanSupplier;
import org.protopnet.model.DeviceChoice;

/**
 * A classification over files and folders of studies.
 *
 * @param inputs files and folders (walked, see {@link StudySources})
 * @param out the output folder
 * @param formats what to write
 * @param topK evidence per frame (prototypes with the largest contributions)
 * @param phi whether outputs may carry patient name, ID and birth date
 * @param resume skip studies whose result is already in {@code out} (batch); else redo all
 * @param workers studies classified at once, each worker with its own copy of the model
 */
public record BatchRequest(
        Path model,
        List<Path> inputs,
        Path out,
        Set<OutputFormat> formats,
        int topK,
        boolean phi,
        boolean resume,
        int workers,
        DeviceChoice device,
        BatchListener listener,
        BooleanSupplier cancelled) {
    public BatchRequest {
        inputs = List.copyOf(inputs);
        formats = Set.copyOf(formats);
        if (topK < 1) {
            throw new IllegalArgumentException("--top-k must be at least 1, got " + topK);
        }
        if (workers < 1) {
            throw new IllegalArgumentException("--workers must be at least 1, got " + workers);
        }
    }
}
