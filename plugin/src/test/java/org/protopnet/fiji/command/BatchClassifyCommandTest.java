package org.protopnet.fiji.command;

import static org.junit.jupiter.api.Assertions.assertTrue;

import ij.measure.ResultsTable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scijava.Context;
import org.scijava.command.CommandModule;
import org.scijava.command.CommandService;

class BatchClassifyCommandTest {
    @TempDir Path dir;

    private static Path studies(Path dir) throws Exception {
        Path studies = dir.resolve("studies");
        Files.createDirectories(studies);
        try (var cases = Files.walk(TinyModel.data())) {
            List<Path> pngs =
                    cases.filter(p -> p.toString().endsWith(".png")).sorted().limit(4).toList();
            for (Path p : pngs) {
                Files.copy(p, studies.resolve(p.getFileName()));
            }
        }
        TestData.multiFrameDicom(studies.resolve("cine.dcm"), 2);
        return studies;
    }

    @Test
    void classifiesEveryStudyAndOpensTheTable() throws Exception {
        Path model = TinyModel.train(dir);
        Path out = dir.resolve("out");
        CommandModule m;
        try (Context context = new Context(CommandService.class)) {
            m =
                    context.service(CommandService.class)
                            .run(
                                    BatchClassifyCommand.class,
                                    true,
                                    "input",
                                    studies(dir).toFile(),
                                    "model",
                                    model.toFile(),
                                    "output",
                                    out.toFile(),
                                    "formats",
                                    "csv",
                                    "resume",
                                    false,
                                    "device",
                                    "cpu")
                            .get();
        }
        String status = (String) m.getOutput("status");
        assertTrue(status.startsWith("5 classified, 0 already done, 0 failed"), status);
        ResultsTable table = (ResultsTable) m.getOutput("table");
        assertTrue(table.size() >= 5, "a row per study (and per frame): " + table.size());
        assertTrue(Files.exists(out.resolve("results.csv")));
    }

    @Test
    void cancelStopsTheBatchAndResumeFinishesIt() throws Exception {
        Path model = TinyModel.train(dir);
        Path out = dir.resolve("out");
        BatchClassifyCommand first = new BatchClassifyCommand();
        first.input = studies(dir).toFile();
        first.model = model.toFile();
        first.output = out.toFile();
        first.formats = "csv";
        first.device = "cpu";
        first.cancel("test");
        first.run();
        assertTrue(first.status.startsWith("cancelled: 0 classified"), first.status);

        BatchClassifyCommand second = new BatchClassifyCommand();
        second.input = first.input;
        second.model = first.model;
        second.output = first.output;
        second.formats = "csv";
        second.device = "cpu";
        second.run();
        assertTrue(second.status.startsWith("5 classified"), second.status);
        assertTrue(second.table.size() >= 5, "rows " + second.table.size());
    }
}
