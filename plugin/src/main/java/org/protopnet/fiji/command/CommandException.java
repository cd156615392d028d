package org.protopnet.fiji.command;

/**
 * A command failed: one line naming the command and what went wrong (the file or field at fault
 * comes from the service layer's message), with the original exception as its cause.
 */
public class CommandException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** {@code Train Model: data/x.png: unreadable PNG}. */
    public CommandException(String command, Throwable cause) {
        super(command + ": " + oneLine(cause), cause);
    }

    /** {@code Classify Image: no image open and no file given}. */
    public CommandException(String command, String message) {
        super(command + ": " + message);
    }

    private static String oneLine(Throwable t) {
        String m = t.getMessage();
        if (m == null || m.isBlank()) {
            m = t.getClass().getSimpleName();
        }
        int nl = m.indexOf('\n');
        return nl >= 0 ? m.substring(0, nl) : m;
    }
}
