package org.protopnet.fiji.ij1;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import net.imagej.patcher.LegacyEnvironment;

/**
 * A real ImageJ 1.54, patched for headless use by ij1-patcher (the mechanism behind Fiji's {@code
 * --headless}), in its own class loader, with this module's classes and dependencies on its plugin
 * class path so that {@code plugins.config} makes the ProtoPNet menu entries. One per test class
 * (surefire gives each test class a fresh JVM): PyTorch's natives load once per JVM.
 */
final class HeadlessImageJ {
    private final LegacyEnvironment ij;

    HeadlessImageJ() throws ClassNotFoundException {
        System.setProperty("java.awt.headless", "true");
        System.setProperty("ai.djl.offline", "true");
        ij = new LegacyEnvironment(null, true);
        ij.disableIJ1PluginDirs();
        ij.addPluginClasspath(HeadlessImageJ.class.getClassLoader());
    }

    /** The repository's {@code macros/NAME}. */
    static Path macro(String name) {
        Path p = Path.of("macros", name);
        return Files.exists(p) ? p : Path.of("..", "macros", name);
    }

    /** Runs the macro file {@code name} from {@code macros/} with {@code argument}. */
    void runMacroFile(String name, String argument) throws IOException {
        ij.runMacro(Files.readString(macro(name), StandardCharsets.UTF_8), argument);
    }

    /** Runs macro code. */
    void runMacro(String code, String argument) {
        ij.runMacro(code, argument);
    }

    /** The class ImageJ runs for menu command {@code label} (empty when there is none). */
    String commandClass(String label, Path scratch) throws IOException {
        Path out = scratch.resolve("command.txt");
        ij.runMacro(
                "List.setCommands; File.saveString(List.get(\"" + label + "\"), \"" + out + "\");",
                "");
        return Files.readString(out).trim();
    }
}
