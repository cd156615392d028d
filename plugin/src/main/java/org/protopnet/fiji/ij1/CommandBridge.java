package org.protopnet.fiji.ij1;

import ij.IJ;
import ij.ImagePlus;
import ij.Macro;
import ij.WindowManager;
import ij.gui.GenericDialog;
import ij.macro.Interpreter;
import ij.measure.ResultsTable;
import ij.plugin.PlugIn;
import ij.plugin.filter.Analyzer;
import java.awt.GraphicsEnvironment;
import java.io.File;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import org.scijava.Cancelable;
import org.scijava.ItemIO;
import org.scijava.command.Command;
import org.scijava.plugin.Parameter;

/**
 * Runs a SciJava command from ImageJ 1: one dialog field per input parameter (or the macro options,
 * whose keys are the parameter names), then the command's own {@code run()}, then its outputs:
 * images are shown (in batch mode: handed to the macro), result tables shown as "Results", text
 * written to the Log. One subclass per command is listed in {@code plugins.config}; that is the
 * only menu source, in Fiji as in plain ImageJ.
 *
 * <pre>{@code
 * public final class TrainModelPlugIn extends CommandBridge {
 *     public TrainModelPlugIn() { super(TrainModelCommand.class); }
 * }
 * }</pre>
 */
public abstract class CommandBridge implements PlugIn {
    private final Class<? extends Command> commandClass;

    /** Bridges {@code commandClass}, which needs a public no-argument constructor. */
    protected CommandBridge(Class<? extends Command> commandClass) {
        this.commandClass = commandClass;
    }

    /** The command this bridge runs. */
    public Class<? extends Command> commandClass() {
        return commandClass;
    }

    // -- PlugIn methods --

    @Override
    public void run(String arg) {
        String title = CommandParameters.title(commandClass);
        Command command;
        try {
            command = commandClass.getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(commandClass + " cannot be made", e);
        }
        try {
            if (!harvest(command, title)) {
                return;
            }
            command.run();
            if (command instanceof Cancelable c && c.isCanceled()) {
                IJ.log(title + ": cancelled");
            }
            show(command);
        } catch (RuntimeException e) {
            String message = e.getMessage() == null ? e.toString() : e.getMessage();
            if (System.getProperty("protopnet.debug") != null) {
                e.printStackTrace();
            }
            IJ.log(message);
            if (Macro.getOptions() != null || Interpreter.getInstance() != null) {
                IJ.error(title, message);
                Macro.abort();
            } else {
                IJ.error(title, message);
            }
        }
    }

    // -- Helper methods --

    /** Fills the command's inputs from a dialog or the macro options; false when cancelled. */
    private boolean harvest(Command command, String title) {
        List<Field> inputs = CommandParameters.inputs(commandClass);
        GenericDialog gd = new GenericDialog("ProtoPNet: " + title);
        List<Field> asked = new ArrayList<>();
        for (Field f : inputs) {
            Parameter p = f.getAnnotation(Parameter.class);
            Class<?> type = f.getType();
            if (type == ImagePlus.class) {
                continue;
            }
            asked.add(f);
            String label = CommandParameters.label(f);
            Object value = CommandParameters.get(command, f);
            if (type == boolean.class) {
                gd.addCheckbox(label, (Boolean) value);
            } else if (type == int.class) {
                gd.addNumericField(label, (Integer) value, 0);
            } else if (type == double.class) {
                gd.addNumericField(label, (Double) value, 4);
            } else if (type == String.class && p.choices().length > 0) {
                gd.addChoice(label, p.choices(), value == null ? p.choices()[0] : (String) value);
            } else if (type == File.class) {
                String path = value == null ? "" : value.toString();
                // headless dialogs (Fiji --headless, ij1-patcher) drop file fields: use text
                if (GraphicsEnvironment.isHeadless()) {
                    gd.addStringField(label, path, 40);
                } else if ("directory".equals(p.style())) {
                    gd.addDirectoryField(label, path);
                } else {
                    gd.addFileField(label, path);
                }
            } else if (type == String.class) {
                gd.addStringField(label, value == null ? "" : (String) value, 30);
            } else {
                throw new IllegalStateException(f + ": no dialog field for " + type);
            }
        }
        if (!asked.isEmpty()) {
            gd.showDialog();
            if (gd.wasCanceled()) {
                return false;
            }
        }
        for (Field f : asked) {
            Parameter p = f.getAnnotation(Parameter.class);
            Class<?> type = f.getType();
            Object value;
            if (type == boolean.class) {
                value = gd.getNextBoolean();
            } else if (type == int.class) {
                value = (int) Math.round(number(gd, f));
            } else if (type == double.class) {
                value = number(gd, f);
            } else if (type == String.class && p.choices().length > 0) {
                value = gd.getNextChoice();
            } else if (type == File.class) {
                String s = gd.getNextString().trim();
                value = s.isEmpty() ? null : new File(s);
            } else {
                value = gd.getNextString();
            }
            CommandParameters.set(command, f, value);
        }
        for (Field f : inputs) {
            if (f.getType() == ImagePlus.class) {
                CommandParameters.set(command, f, WindowManager.getCurrentImage());
            }
        }
        return true;
    }

    private static double number(GenericDialog gd, Field f) {
        double v = gd.getNextNumber();
        if (gd.invalidNumber()) {
            throw new IllegalArgumentException(f.getName() + ": not a number");
        }
        return v;
    }

    /** Shows images, tables and messages the command produced. */
    private static void show(Command command) {
        for (Field f : CommandParameters.outputs(command.getClass())) {
            Object value = CommandParameters.get(command, f);
            if (value instanceof ImagePlus imp) {
                imp.show();
            } else if (value instanceof ResultsTable rt) {
                String label = f.getAnnotation(Parameter.class).label();
                String title = label.isEmpty() ? "Results" : label;
                if (title.equals("Results")) {
                    // macros read the system table (nResults, getResult), also when headless
                    Analyzer.setResultsTable(rt);
                }
                rt.show(title);
            } else if (value instanceof String s && !s.isEmpty()) {
                IJ.log(CommandParameters.title(command.getClass()) + ": " + s);
            }
        }
    }

    /**
     * @return the macro key of a parameter label: ImageJ's rule (first word, lower case)
     */
    static String macroKey(String label) {
        return Macro.trimKey(label);
    }

    /**
     * @return whether {@code item} is an output parameter
     */
    static boolean isOutput(Parameter p) {
        return p.type() == ItemIO.OUTPUT;
    }
}
