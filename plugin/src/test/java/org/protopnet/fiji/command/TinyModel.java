package org.protopnet.fiji.command;

import java.nio.file.Path;

/** A small model trained for real by Train Model (small CNN, 48 px, planted-part classes). */
final class TinyModel {
    private TinyModel() {}

    /** Trains on {@code count} class-folder PNGs into {@code dir/tiny.protopnet}. */
    static Path train(Path dir, int count) throws Exception {
        TrainModelCommand train = new TrainModelCommand();
        train.dataset = TestData.classFolders(dir.resolve("data"), count).toFile();
        train.backbone = "small_cnn";
        train.size = 48;
        train.prototypes = 2;
        train.epochs = 3;
        train.batch = 32;
        train.augment = false;
        train.device = "cpu";
        train.model = dir.resolve("tiny.protopnet").toFile();
        train.run();
        if (!train.status.startsWith("trained")) {
            throw new IllegalStateException(train.status);
        }
        return train.model.toPath();
    }
}
