package org.protopnet.model;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the shared reference data lives ({@code ../shared} beside the repository, passed by the
 * build as {@code protopnet.shared}); tests that need it skip, saying so, when it is absent.
 */
public final class SharedData {
    private SharedData() {}

    /** The folder {@code ../shared/RELATIVE}, or a skipped test naming what is missing. */
    public static Path require(String relative) {
        String root = System.getProperty("protopnet.shared", "../../shared");
        Path dir = Path.of(root).resolve(relative).toAbsolutePath().normalize();
        if (!Files.isDirectory(dir)) {
            System.err.println("SKIPPED: shared reference data not found at " + dir);
        }
        assumeTrue(Files.isDirectory(dir), "shared reference data not found at " + dir);
        return dir;
    }
}
