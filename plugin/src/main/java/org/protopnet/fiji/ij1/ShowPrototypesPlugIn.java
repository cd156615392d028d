package org.protopnet.fiji.ij1;

import org.protopnet.fiji.command.ShowPrototypesCommand;

/** Plugins &gt; ProtoPNet &gt; Show Prototypes: runs {@link ShowPrototypesCommand}. */
public final class ShowPrototypesPlugIn extends CommandBridge {
    /** The bridge ImageJ instantiates from {@code plugins.config}. */
    public ShowPrototypesPlugIn() {
        super(ShowPrototypesCommand.class);
    }
}
