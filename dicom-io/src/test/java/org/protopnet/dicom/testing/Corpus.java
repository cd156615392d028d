package org.protopnet.dicom.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Locates the shared real-file corpus; tests that need it are skipped, with a reason, without. */
public final class Corpus {
    private Corpus() {}

    /** The corpus folder, or skips the calling test when it is missing. */
    public static Path root() {
        String shared = System.getProperty("protopnet.shared");
        Path dir = shared == null ? null : Path.of(shared, "dicom-corpus");
        assumeTrue(
                dir != null && Files.isRegularFile(dir.resolve("manifest.json")),
                "shared DICOM corpus not found (system property protopnet.shared="
                        + shared
                        + "); corpus tests skipped");
        return dir;
    }

    /** The corpus folder or {@code null}, without skipping. */
    public static Path rootOrNull() {
        String shared = System.getProperty("protopnet.shared");
        Path dir = shared == null ? null : Path.of(shared, "dicom-corpus");
        return dir != null && Files.isRegularFile(dir.resolve("manifest.json")) ? dir : null;
    }

    /** The "files" object of the manifest. */
    public static JsonObject manifest(Path root) throws IOException {
        return JsonParser.parseString(Files.readString(root.resolve("manifest.json")))
                .getAsJsonObject()
                .getAsJsonObject("files");
    }

    /** A corpus file by name, or skips when the corpus is missing. */
    public static Path file(String name) {
        return root().resolve("files").resolve(name);
    }
}
