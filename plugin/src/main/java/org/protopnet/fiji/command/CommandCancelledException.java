package org.protopnet.fiji.command;

/** A command stopped because the user cancelled it (Esc, or the command's cancel). */
public class CommandCancelledException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** {@code classification cancelled}. */
    public CommandCancelledException(String message) {
        super(message);
    }
}
