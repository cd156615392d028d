package org.protopnet.fiji.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.protopnet.fiji.service.PruneService;
import org.protopnet.model.DeviceChoice;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code protopnet prune}: removes impure prototypes and reports accuracy before and after. */
@Command(
        name = "prune",
        mixinStandardHelpOptions = true,
        description = {
            "Prune prototypes whose k nearest training patches (one per image) are mostly of other"
                    + " classes (fewer than tau of its own), retrain the last layer, and write the new"
                    + " model and OUT-prune.txt: each pruned prototype and why, accuracy before and after."
        })
final class PruneCommand implements Callable<Integer> {
    @Option(names = "--model", required = true, paramLabel = "FILE", description = "Model bundle.")
    Path model;

    @Option(
            names = "--data",
            required = true,
            paramLabel = "DATA",
            description = "The training data (as for train).")
    String data;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Pruned model.")
    Path out;

    @Option(
            names = "--k",
            defaultValue = "6",
            description = "Nearest patches (default: ${DEFAULT-VALUE}).")
    int k;

    @Option(
            names = "--tau",
            defaultValue = "3",
            description = "Prune when fewer than tau are of its class (default: ${DEFAULT-VALUE}).")
    int tau;

    @Option(
            names = "--device",
            defaultValue = "auto",
            description = "auto|cpu|gpu (default: ${DEFAULT-VALUE}).")
    String device;

    @Option(
            names = "--merge-duplicates",
            description =
                    "First merge prototypes that push put on the same patch (logits unchanged).")
    boolean mergeDuplicates;

    @Override
    public Integer call() throws Exception {
        PruneService.Outcome o =
                new PruneService()
                        .prune(
                                model,
                                data,
                                out,
                                k,
                                tau,
                                DeviceChoice.parse(device),
                                mergeDuplicates);
        System.out.print(PruneService.mergedText(o.mergedDuplicates()));
        System.out.print(o.report().summary());
        System.out.println("wrote " + o.model());
        System.out.println("wrote " + o.reportFile());
        return ProtoPNetCli.EXIT_OK;
    }
}
