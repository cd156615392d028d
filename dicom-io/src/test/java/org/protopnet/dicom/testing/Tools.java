package org.protopnet.dicom.testing;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs reference command-line tools (dcmtk, dicom3tools, gdcm); a missing tool fails the test. */
public final class Tools {
    /** The output and exit status of a finished tool. */
    public record Result(int exit, String output) {}

    private Tools() {}

    /** Runs {@code command}; fails naming the Debian package when the tool is not installed. */
    public static Result run(String debianPackage, String... command) throws Exception {
        if (!onPath(command[0])) {
            fail(
                    command[0]
                            + " not found: install the Debian package '"
                            + debianPackage
                            + "' (apt-get install -y "
                            + debianPackage
                            + ")");
        }
        Path log = Files.createTempFile("tool", ".log");
        try {
            Process p =
                    new ProcessBuilder(List.of(command))
                            .redirectErrorStream(true)
                            .redirectOutput(log.toFile())
                            .start();
            if (!p.waitFor(120, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                fail(command[0] + " did not finish in 120 s");
            }
            return new Result(p.exitValue(), Files.readString(log, StandardCharsets.ISO_8859_1));
        } finally {
            Files.deleteIfExists(log);
        }
    }

    /** Whether {@code tool} is on the PATH. */
    public static boolean onPath(String tool) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
            if (Files.isExecutable(Path.of(dir, tool))) {
                return true;
            }
        }
        return false;
    }

    /** Lines of {@code output} that start with {@code prefix}. */
    public static List<String> lines(String output, String prefix) throws IOException {
        List<String> out = new ArrayList<>();
        for (String l : output.split("\n")) {
            if (l.startsWith(prefix)) {
                out.add(l);
            }
        }
        return out;
    }
}
