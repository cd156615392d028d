package org.protopnet.fiji.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.protopnet.model.bundle.BundleReader;
import org.protopnet.model.bundle.ModelBundle;
import org.scijava.Context;
import org.scijava.command.CommandModule;
import org.scijava.command.CommandService;

class TrainModelCommandTest {
    @TempDir Path dir;

    @Test
    void trainsFromClassFoldersThroughCommandService() throws Exception {
        Path data = TestData.classFolders(dir.resolve("data"), 120);
        Path model = dir.resolve("out").resolve("m.protopnet");
        CommandModule module;
        try (Context context = new Context(CommandService.class)) {
            module =
                    context.service(CommandService.class)
                            .run(
                                    TrainModelCommand.class,
                                    true,
                                    "dataset",
                                    data.toFile(),
                                    "backbone",
                                    "small_cnn",
                                    "size",
                                    48,
                                    "prototypes",
                                    2,
                                    "epochs",
                                    2,
                                    "batch",
                                    32,
                                    "clustering",
                                    1,
                                    "augment",
                                    false,
                                    "device",
                                    "cpu",
                                    "model",
                                    model.toFile())
                            .get();
        }
        String status = (String) module.getOutput("status");
        assertTrue(status.startsWith("trained m.protopnet"), status);
        ModelBundle bundle = BundleReader.read(model);
        assertEquals(List.of("linear_defect", "normal", "round_lesion"), bundle.classNames());
        assertEquals(48, bundle.network().imageSize());
        assertEquals(1, bundle.training().prototypeLossStart());
        double accuracy = (Double) module.getOutput("accuracy");
        assertTrue(accuracy >= 0 && accuracy <= 1, "validation accuracy " + accuracy);
        assertTrue(Files.exists(dir.resolve("out").resolve("m-history.csv")));
        String log = Files.readString(dir.resolve("out").resolve("m-training.log"));
        assertTrue(log.contains("push after 2"), log);
    }

    @Test
    void cancelStopsAtTheNextBatchAndWritesNoModel() throws Exception {
        Path data = TestData.classFolders(dir.resolve("data"), 60);
        Path model = dir.resolve("m.protopnet");
        TrainModelCommand command = new TrainModelCommand();
        command.dataset = data.toFile();
        command.backbone = "small_cnn";
        command.size = 48;
        command.prototypes = 2;
        command.epochs = 50;
        command.augment = false;
        command.device = "cpu";
        command.model = model.toFile();
        command.cancel("user pressed cancel");
        command.run();
        assertTrue(command.status.startsWith("cancelled"), command.status);
        assertFalse(Files.exists(model));
        assertTrue(Files.readString(dir.resolve("m-training.log")).contains("cancelled"));
    }

    @Test
    void resumeContinuesFromTheCheckpointFolder() throws Exception {
        TinyModel.train(dir);
        Path checkpoints = TinyModel.checkpoints();
        Path model = dir.resolve("again.protopnet");
        java.nio.file.Files.createDirectories(dir.resolve("again.protopnet.checkpoints"));
        try (var files = Files.list(checkpoints)) {
            for (Path f : files.toList()) {
                Files.copy(f, dir.resolve("again.protopnet.checkpoints").resolve(f.getFileName()));
            }
        }
        TrainModelCommand command = new TrainModelCommand();
        command.dataset = TinyModel.data().toFile();
        command.model = model.toFile();
        command.device = "cpu";
        command.resume = true;
        command.run();
        assertTrue(command.status.startsWith("trained again.protopnet"), command.status);
        String log = Files.readString(dir.resolve("again-training.log"));
        assertTrue(log.contains("resuming from"), log);
        assertEquals(
                48, BundleReader.read(model).network().imageSize(), "the saved run's settings");
    }
}
