package org.protopnet.model.train;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assertions;

/** Where the Debian package {@code dataset-fashion-mnist} puts the real images the tests read. */
final class FashionMnist {
    static final Path DIR = Path.of("/usr/share/datasets/fashion-mnist");

    private FashionMnist() {}

    /** The folder, or a failure telling how to install it (./run-tests installs it). */
    static Path require() {
        if (!Files.isDirectory(DIR)) {
            Assertions.fail(
                    "Fashion-MNIST not found at "
                            + DIR
                            + ": apt-get install dataset-fashion-mnist");
        }
        return DIR;
    }
}
