package org.protopnet.fiji.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.protopnet.fiji.service.DemoService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code protopnet demo}: the whole product in one run on generated data. */
@Command(
        name = "demo",
        mixinStandardHelpOptions = true,
        description = {
            "Train a small ProtoPNet on generated radiograph-like images (classes: normal, round lesion,"
                    + " linear defect), classify the held-out images from their PNG files, and write the"
                    + " model, results, training curve and summary.json.",
            "CPU only, a few minutes on 2 cores."
        })
final class DemoCommand implements Callable<Integer> {
    @Option(
            names = "--out",
            defaultValue = "demo-out",
            paramLabel = "DIR",
            description = "Output folder (default: ${DEFAULT-VALUE}).")
    Path out;

    @Override
    public Integer call() throws Exception {
        try (Cancellation cancel = new Cancellation()) {
            DemoService.Outcome o =
                    new DemoService().run(out, new ConsoleProgress(System.out), cancel);
            System.out.printf(
                    Locale.ROOT,
                    "%nmodel:          %s%nresults:        %s%ntraining curve: %s%nsummary:        %s%n",
                    o.model(),
                    o.results(),
                    o.curve(),
                    o.summary());
            System.out.printf(
                    Locale.ROOT,
                    "test accuracy:  %.3f (%s)%n",
                    o.testAccuracy(),
                    ConsoleProgress.duration(o.seconds()));
            return ProtoPNetCli.EXIT_OK;
        }
    }
}
