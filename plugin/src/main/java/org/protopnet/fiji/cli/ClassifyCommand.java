package org.protopnet.fiji.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.protopnet.fiji.service.ClassificationService;
import org.protopnet.fiji.service.ResultFiles;
import org.protopnet.model.DeviceChoice;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code protopnet classify}: classifies images, folders or preprocessed tensors. */
@Command(
        name = "classify",
        mixinStandardHelpOptions = true,
        description = {
            "Classify images (PNG, JPEG, TIFF, ...), folders of them, or .npy tensors already"
                    + " preprocessed to (N, 3, S, S).",
            "Exit status 0 when at least one input was classified; failures are listed, one line each."
        })
final class ClassifyCommand implements Callable<Integer> {
    @Option(
            names = "--model",
            required = true,
            paramLabel = "FILE",
            description = "Model bundle (*.protopnet).")
    Path model;

    @Option(
            names = "--out",
            required = true,
            paramLabel = "DIR",
            description = "Folder for results.json / results.csv.")
    Path out;

    @Option(
            names = "--format",
            defaultValue = "json,csv",
            split = ",",
            description = "json,csv (default: ${DEFAULT-VALUE}).")
    Set<String> formats;

    @Option(
            names = "--device",
            defaultValue = "auto",
            description = "auto|cpu|gpu (default: ${DEFAULT-VALUE}).")
    String device;

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Files or folders.")
    List<Path> inputs;

    @Override
    public Integer call() throws Exception {
        for (String f : formats) {
            if (!Set.of("json", "csv").contains(f)) {
                throw new IllegalArgumentException(
                        "unknown format '" + f + "' (this build writes json and csv)");
            }
        }
        ClassificationService.Outcome o =
                new ClassificationService().classify(model, inputs, DeviceChoice.parse(device));
        Files.createDirectories(out);
        if (formats.contains("json")) {
            ResultFiles.writeJson(o.predictions(), out.resolve("results.json"));
            System.out.println("wrote " + out.resolve("results.json"));
        }
        if (formats.contains("csv")) {
            ResultFiles.writeCsv(o.predictions(), o.classes(), out.resolve("results.csv"));
            System.out.println("wrote " + out.resolve("results.csv"));
        }
        for (ClassificationService.Failure f : o.failures()) {
            System.err.println("protopnet classify: " + f.input() + ": " + f.reason());
        }
        System.out.println(
                o.predictions().size() + " classified, " + o.failures().size() + " failed");
        return o.predictions().isEmpty() ? ProtoPNetCli.EXIT_FAILURE : ProtoPNetCli.EXIT_OK;
    }
}
