package org.protopnet.fiji.ij1;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ij.plugin.PlugIn;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.scijava.Context;
import org.scijava.command.Command;
import org.scijava.command.CommandInfo;
import org.scijava.command.CommandService;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;

/**
 * {@code plugins.config} is the only menu source: each line names a bridge, each bridge runs a
 * SciJava command that has no menu path of its own (or Fiji would list it twice), every command has
 * one bridge, and every input's macro key is its parameter name.
 */
class CommandBridgeTest {
    private static final Pattern LINE =
            Pattern.compile(
                    "Plugins>ProtoPNet, \"([^\"]+)\", (org\\.protopnet\\.fiji\\.ij1\\.\\w+)");

    record Entry(String label, Class<?> bridge) {}

    static List<Entry> pluginsConfig() throws IOException, ClassNotFoundException {
        List<Entry> out = new ArrayList<>();
        try (InputStream in =
                CommandBridgeTest.class.getClassLoader().getResourceAsStream("plugins.config")) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            for (String line : text.split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                Matcher m = LINE.matcher(line.trim());
                assertTrue(m.matches(), "plugins.config line: " + line);
                out.add(new Entry(m.group(1), Class.forName(m.group(2))));
            }
        }
        return out;
    }

    @Test
    void everyMenuEntryIsABridgeToAnInvisibleCommand() throws Exception {
        Set<Class<?>> commands = new HashSet<>();
        for (Entry e : pluginsConfig()) {
            assertTrue(PlugIn.class.isAssignableFrom(e.bridge()), e.bridge() + " is a PlugIn");
            CommandBridge bridge =
                    (CommandBridge) e.bridge().getDeclaredConstructor().newInstance();
            Class<? extends Command> command = bridge.commandClass();
            Plugin plugin = command.getAnnotation(Plugin.class);
            assertEquals(Command.class, plugin.type());
            assertEquals("", plugin.menuPath(), command + " must not make a menu entry");
            assertEquals(0, plugin.menu().length, command + " must not make a menu entry");
            assertTrue(plugin.headless(), command + " runs headless");
            assertEquals(
                    plugin.label(),
                    e.label().replace("...", ""),
                    "menu label and command label agree");
            assertTrue(commands.add(command), command + " has one bridge");
        }
        try (Context context = new Context(CommandService.class)) {
            for (CommandInfo info : context.service(CommandService.class).getCommands()) {
                if (info.getClassName().startsWith("org.protopnet.")) {
                    assertTrue(
                            commands.contains(info.loadClass()),
                            info.getClassName() + " has a bridge in plugins.config");
                }
            }
        }
        assertFalse(commands.isEmpty());
    }

    @Test
    void everyInputsMacroKeyIsItsLowerCaseName() throws Exception {
        for (Entry e : pluginsConfig()) {
            Class<? extends Command> command =
                    ((CommandBridge) e.bridge().getDeclaredConstructor().newInstance())
                            .commandClass();
            for (Field f : CommandParameters.inputs(command)) {
                assertEquals(f.getName().toLowerCase(), f.getName(), f + " is lower case");
                String label = f.getAnnotation(Parameter.class).label();
                assertEquals(f.getName(), CommandBridge.macroKey(label), f + " label " + label);
            }
        }
    }
}
