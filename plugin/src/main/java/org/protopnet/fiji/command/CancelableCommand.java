package org.protopnet.fiji.command;

import org.scijava.Cancelable;
import org.scijava.command.Command;

/**
 * A command the user can stop: SciJava's cancel (the dialog's Cancel, a caller's {@code cancel}) is
 * remembered here, so the commands with long work share one place for that state.
 */
public abstract class CancelableCommand implements Command, Cancelable {
    private volatile String cancelReason;

    @Override
    public boolean isCanceled() {
        return cancelReason != null;
    }

    @Override
    public void cancel(String reason) {
        cancelReason = reason == null ? "cancelled" : reason;
    }

    @Override
    public String getCancelReason() {
        return cancelReason;
    }
}
