package org.protopnet.fiji.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.protopnet.fiji.service.DemoService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code protopnet demo}: the whole product in one run on the sample data. */
@Command(
        name = "demo",
        mixinStandardHelpOptions = true,
        description = {
            "For each modality of the sample data (X-ray-like radiographs: normal, nodule,"
                    + " fracture; ultrasound-like scans: normal, cyst, mass), train a small"
                    + " ProtoPNet, classify the held-out DICOM studies, and write the overlays,"
                    + " \"this looks like that\" sheets, prototype gallery, results.csv,"
                    + " report.html and DICOM Secondary Captures; print test accuracy and the"
                    + " pointing game (also in summary.json).",
            "CPU only, about 3 minutes on 2 cores."
        })
final class DemoCommand implements Callable<Integer> {
    @Option(
            names = "--out",
            defaultValue = "demo-out",
            paramLabel = "DIR",
            description = "Output folder (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(
            names = "--data",
            paramLabel = "DIR",
            description = "Sample set (default: the repository's sample-data/set).")
    Path data;

    @Override
    public Integer call() throws Exception {
        Path set = data != null ? data : defaultSet();
        try (Cancellation cancel = new Cancellation()) {
            DemoService.Outcome o =
                    new DemoService().run(set, out, new ConsoleProgress(System.out), cancel);
            System.out.println();
            for (DemoService.ModalityOutcome m : o.modalities()) {
                System.out.printf(
                        Locale.ROOT,
                        "%-10s test accuracy %.3f (%d studies), pointing game %.3f (%d/%d)%n"
                                + "           report:    %s%n"
                                + "           results:   %s%n"
                                + "           overlays:  %s%n"
                                + "           DICOM SCs: %s%n"
                                + "           gallery:   %s%n"
                                + "           model:     %s%n",
                        m.modality(),
                        m.accuracy(),
                        m.testStudies(),
                        m.pointing().score(),
                        m.pointing().hits(),
                        m.pointing().cases(),
                        m.report(),
                        m.results(),
                        m.report().resolveSibling("overlays"),
                        m.report().resolveSibling("dicom"),
                        m.gallery(),
                        m.model());
            }
            System.out.printf(
                    Locale.ROOT,
                    "%ntest accuracy:  %.3f%npointing game:  %.3f%nsummary:        %s (%s)%n",
                    o.accuracy(),
                    o.pointingGame(),
                    o.summary(),
                    ConsoleProgress.duration(o.seconds()));
            return ProtoPNetCli.EXIT_OK;
        }
    }

    /**
     * sample-data/set under the repository the launcher runs from (or the working folder); when
     * absent (a copy without it), the same set generated into OUT/sample-data.
     */
    Path defaultSet() throws java.io.IOException {
        String home = System.getProperty("protopnet.home");
        Path base = home != null ? Path.of(home) : Path.of("");
        Path set = base.resolve("sample-data").resolve("set");
        if (Files.isDirectory(set.resolve("xray"))) {
            return set;
        }
        Path generated = out.resolve("sample-data");
        System.out.println("no sample-data/set found; generating it in " + generated);
        org.protopnet.sample.SampleSetGenerator.generate(
                generated, org.protopnet.sample.GeneratorOptions.committed());
        return generated;
    }
}
