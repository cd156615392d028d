package org.protopnet.fiji.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.protopnet.fiji.service.BatchOutcome;
import org.protopnet.fiji.service.BatchRequest;
import org.protopnet.fiji.service.BatchService;
import org.protopnet.fiji.service.OutputFormat;
import org.protopnet.model.DeviceChoice;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code protopnet batch}: the headless, resumable classification of a folder of studies. */
@Command(
        name = "batch",
        mixinStandardHelpOptions = true,
        description = {
            "Classify every study (DICOM file, single or multi-frame, or image) under a folder:"
                    + " results.csv, per-study PNG overlays and \"this looks like that\" sheets,"
                    + " report.html, DICOM Secondary Captures of the overlays (dicom/), failures.csv.",
            "Resumable: a re-run skips studies already done (also after kill -9). Unreadable files"
                    + " are listed with their reason and the batch goes on. Ctrl-C stops after the"
                    + " studies in flight and still writes the tables.",
            "Patient name, ID and birth date appear in no output unless --phi.",
            "Exit status: 0 when at least one study has a result, 1 when none has."
        })
final class BatchCommand implements Callable<Integer> {
    @Option(names = "--model", required = true, paramLabel = "FILE", description = "Model bundle.")
    Path model;

    @Option(
            names = "--in",
            required = true,
            paramLabel = "DIR",
            description = "Folder of studies (walked), or files; repeatable.")
    List<Path> inputs;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output folder.")
    Path out;

    @Option(
            names = "--phi",
            description = "Write patient name, ID and birth date into the table and the DICOM.")
    boolean phi;

    @Option(
            names = "--top-k",
            defaultValue = "3",
            description = "Evidence (prototypes) shown per study (default: ${DEFAULT-VALUE}).")
    int topK;

    @Option(
            names = "--workers",
            defaultValue = "2",
            description = "Studies classified at once (default: ${DEFAULT-VALUE}).")
    int workers;

    @Option(
            names = "--format",
            defaultValue = "csv,png,html,dicom",
            split = ",",
            description = "Any of csv,json,png,html,dicom (default: ${DEFAULT-VALUE}).")
    List<String> formats;

    @Option(
            names = "--device",
            defaultValue = "auto",
            description = "auto|cpu|gpu (default: ${DEFAULT-VALUE}).")
    String device;

    @Override
    public Integer call() throws Exception {
        return run("batch", model, inputs, out, formats, topK, phi, true, workers, device);
    }

    /** Shared by {@code batch} and {@code classify}. */
    static int run(
            String command,
            Path model,
            List<Path> inputs,
            Path out,
            List<String> formats,
            int topK,
            boolean phi,
            boolean resume,
            int workers,
            String device)
            throws Exception {
        BatchProgressBar bar = new BatchProgressBar(System.out, command);
        BatchOutcome o;
        try (Cancellation cancel = new Cancellation()) {
            o =
                    new BatchService()
                            .run(
                                    new BatchRequest(
                                            model,
                                            inputs,
                                            out,
                                            OutputFormat.parse(formats),
                                            topK,
                                            phi,
                                            resume,
                                            workers,
                                            DeviceChoice.parse(device),
                                            bar,
                                            cancel));
        }
        bar.finish();
        for (Path f : o.files()) {
            System.out.println("wrote " + f);
        }
        System.out.printf(
                Locale.ROOT,
                "%d classified, %d already done, %d failed%s (%s)%n",
                o.classified(),
                o.skipped(),
                o.failures().size(),
                o.cancelled() ? ", stopped early" : "",
                ConsoleProgress.duration(o.seconds()));
        return o.succeeded() == 0 ? ProtoPNetCli.EXIT_FAILURE : ProtoPNetCli.EXIT_OK;
    }
}
