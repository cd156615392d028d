package org.protopnet.fiji.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ij.measure.ResultsTable;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.protopnet.model.bundle.BundleReader;
import org.scijava.Context;
import org.scijava.command.CommandModule;
import org.scijava.command.CommandService;

class PrunePrototypesCommandTest {
    @TempDir Path dir;

    @Test
    void strictTauPrunesAndTheNewBundleMatchesTheTable() throws Exception {
        Path model = TinyModel.train(dir);
        CommandModule m;
        try (Context context = new Context(CommandService.class)) {
            m =
                    context.service(CommandService.class)
                            .run(
                                    PrunePrototypesCommand.class,
                                    true,
                                    "model",
                                    model.toFile(),
                                    "dataset",
                                    TinyModel.data().toFile(),
                                    "k",
                                    6,
                                    "tau",
                                    6,
                                    "device",
                                    "cpu")
                            .get();
        }
        Path pruned = dir.resolve("tiny-pruned.protopnet");
        int before = BundleReader.read(model).network().prototypeCount();
        int after = BundleReader.read(pruned).network().prototypeCount();
        ResultsTable table = (ResultsTable) m.getOutput("table");
        int removed = 0;
        for (int row = 0; row < table.size(); row++) {
            if (table.getStringValue("Action", row).equals("pruned")) {
                removed++;
            }
        }
        assertEquals(before - removed, after, "the table lists what left the bundle");
        assertTrue(after >= 3, "every class keeps a prototype: " + after);
        String report = Files.readString(dir.resolve("tiny-pruned-prune.txt"));
        assertTrue(report.startsWith("pruned " + removed + " of " + before), report);
        String status = (String) m.getOutput("status");
        assertTrue(status.contains("tiny-pruned.protopnet"), status);
    }

    @Test
    void tauAboveKIsRefusedInOneLine() {
        PrunePrototypesCommand c = new PrunePrototypesCommand();
        c.model = dir.resolve("m.protopnet").toFile();
        c.dataset = dir.toFile();
        c.k = 3;
        c.tau = 4;
        CommandException e = assertThrows(CommandException.class, c::run);
        assertEquals("Prune Prototypes: tau (4) cannot exceed k (3)", e.getMessage());
    }
}
