package org.protopnet.fiji.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code protopnet classify}: classifies DICOM files, folders of studies, images or tensors. */
@Command(
        name = "classify",
        mixinStandardHelpOptions = true,
        description = {
            "Classify DICOM files (multi-frame cines give per-frame and study-level results),"
                    + " folders of studies, ordinary images (PNG, JPEG, TIFF, ...), or .npy tensors"
                    + " already preprocessed to (N, 3, S, S).",
            "Outputs by --format: csv (results.csv), json (results.json: per frame logits,"
                    + " probabilities, min_distances, similarities, predicted_class, evidence),"
                    + " png (overlays/, looks-like/), html (report.html), dicom (dicom/: Secondary"
                    + " Captures of the overlays).",
            "Exit status 0 when at least one input was classified; failures are listed, one line each."
        })
final class ClassifyCommand implements Callable<Integer> {
    @Option(
            names = "--model",
            required = true,
            paramLabel = "FILE",
            description = "Model bundle (*.protopnet).")
    Path model;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output folder.")
    Path out;

    @Option(
            names = "--format",
            defaultValue = "csv,json,png,html,dicom",
            split = ",",
            description = "Any of csv,json,png,html,dicom (default: ${DEFAULT-VALUE}).")
    List<String> formats;

    @Option(
            names = "--top-k",
            defaultValue = "3",
            description = "Evidence (prototypes) per frame (default: ${DEFAULT-VALUE}).")
    int topK;

    @Option(
            names = "--phi",
            description = "Write patient name, ID and birth date into the table and the DICOM.")
    boolean phi;

    @Option(
            names = "--device",
            defaultValue = "auto",
            description = "auto|cpu|gpu (default: ${DEFAULT-VALUE}).")
    String device;

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Files or folders.")
    List<Path> inputs;

    @Override
    public Integer call() throws Exception {
        return BatchCommand.run(
                "classify", model, inputs, out, formats, topK, phi, false, 1, device);
    }
}
