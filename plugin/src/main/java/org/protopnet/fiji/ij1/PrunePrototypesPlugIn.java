package org.protopnet.fiji.ij1;

import org.protopnet.fiji.command.PrunePrototypesCommand;

/** Plugins &gt; ProtoPNet &gt; Prune Prototypes…: runs {@link PrunePrototypesCommand}. */
public final class PrunePrototypesPlugIn extends CommandBridge {
    /** The bridge ImageJ instantiates from {@code plugins.config}. */
    public PrunePrototypesPlugIn() {
        super(PrunePrototypesCommand.class);
    }
}
