package org.protopnet.fiji.command;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * A small model trained for real by Train Model (small CNN, 48 px, planted-part classes, 120
 * images), trained once per build into {@code target/test-models/} and copied from there: the run
 * is seeded, so every test class would train the same model.
 */
final class TinyModel {
    private static final Path CACHE = Path.of("target", "test-models", key());

    private TinyModel() {}

    /** The model, copied into {@code dir/tiny.protopnet}; its data set in {@code CACHE/data}. */
    static synchronized Path train(Path dir) throws Exception {
        Path cached = CACHE.resolve("tiny.protopnet").toAbsolutePath();
        if (!Files.exists(cached)) {
            Files.createDirectories(CACHE);
            Path data = CACHE.resolve("data");
            if (!Files.exists(data)) {
                TestData.classFolders(data, 120);
            }
            TrainModelCommand train = new TrainModelCommand();
            train.dataset = data.toFile();
            train.backbone = "small_cnn";
            train.size = 48;
            train.prototypes = 2;
            train.epochs = 3;
            train.batch = 32;
            train.augment = false;
            train.device = "cpu";
            train.model = CACHE.resolve("tiny-tmp.protopnet").toFile();
            train.run();
            if (!train.status.startsWith("trained")) {
                throw new IllegalStateException(train.status);
            }
            Files.move(train.model.toPath(), cached, StandardCopyOption.ATOMIC_MOVE);
        }
        Path copy = dir.resolve("tiny.protopnet");
        Files.createDirectories(dir);
        Files.copy(cached, copy, StandardCopyOption.REPLACE_EXISTING);
        return copy;
    }

    /** The build times of the classes that shape a trained bundle, as one hex number. */
    private static String key() {
        long key = 17;
        for (Class<?> c :
                new Class<?>[] {
                    org.protopnet.model.train.Trainer.class,
                    org.protopnet.model.bundle.BundleWriter.class,
                    org.protopnet.model.push.PrototypeCatalog.class,
                    TrainModelCommand.class
                }) {
            try {
                java.net.URL url = c.getProtectionDomain().getCodeSource().getLocation();
                Path where = Path.of(url.toURI());
                Path file =
                        Files.isDirectory(where)
                                ? where.resolve(c.getName().replace('.', '/') + ".class")
                                : where;
                key = 31 * key + Files.getLastModifiedTime(file).toMillis();
            } catch (Exception e) {
                key = 31 * key + System.nanoTime();
            }
        }
        return Long.toHexString(key);
    }

    /** The checkpoint folder of the cached run (its last step is the end of training). */
    static Path checkpoints() {
        return CACHE.resolve("tiny-tmp.protopnet.checkpoints").toAbsolutePath();
    }

    /** The folder-per-class PNGs the model was trained on. */
    static Path data() {
        return CACHE.resolve("data").toAbsolutePath();
    }
}
