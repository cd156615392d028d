package org.protopnet.fiji.ij1;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import org.scijava.ItemIO;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;
import org.scijava.service.Service;

/**
 * Reads a SciJava command's {@code @Parameter} fields the way ImageJ 1 needs them: inputs in
 * declaration order (services excluded), outputs, dialog labels whose macro key is the field name.
 */
final class CommandParameters {
    private CommandParameters() {}

    /** The menu label of the command's {@code @Plugin}, e.g. {@code Train Model}. */
    static String title(Class<?> command) {
        Plugin p = command.getAnnotation(Plugin.class);
        return p == null || p.label().isEmpty() ? command.getSimpleName() : p.label();
    }

    static List<Field> inputs(Class<?> command) {
        List<Field> out = new ArrayList<>();
        for (Field f : fields(command)) {
            ItemIO io = f.getAnnotation(Parameter.class).type();
            if ((io == ItemIO.INPUT || io == ItemIO.BOTH)
                    && !Service.class.isAssignableFrom(f.getType())) {
                out.add(f);
            }
        }
        return out;
    }

    static List<Field> outputs(Class<?> command) {
        List<Field> out = new ArrayList<>();
        for (Field f : fields(command)) {
            ItemIO io = f.getAnnotation(Parameter.class).type();
            if (io == ItemIO.OUTPUT || io == ItemIO.BOTH) {
                out.add(f);
            }
        }
        return out;
    }

    /**
     * The dialog label: the parameter's label when its first word is the field name (ImageJ's macro
     * key rule), else the field name followed by the label.
     */
    static String label(Field f) {
        String label = f.getAnnotation(Parameter.class).label();
        if (label.isEmpty()) {
            return f.getName();
        }
        return CommandBridge.macroKey(label).equals(f.getName())
                ? label
                : f.getName() + " (" + label + ")";
    }

    static Object get(Object command, Field f) {
        try {
            f.setAccessible(true);
            return f.get(command);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(f + " unreadable", e);
        }
    }

    static void set(Object command, Field f, Object value) {
        try {
            f.setAccessible(true);
            f.set(command, value);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(f + " unwritable", e);
        }
    }

    private static List<Field> fields(Class<?> command) {
        List<Field> out = new ArrayList<>();
        for (Class<?> c = command; c != null && c != Object.class; c = c.getSuperclass()) {
            List<Field> own = new ArrayList<>();
            for (Field f : c.getDeclaredFields()) {
                if (f.isAnnotationPresent(Parameter.class)) {
                    own.add(f);
                }
            }
            out.addAll(0, own);
        }
        return out;
    }
}
