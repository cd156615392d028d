package org.protopnet.fiji.ij1;

import org.protopnet.fiji.command.TrainModelCommand;

/** Plugins &gt; ProtoPNet &gt; Train Model…: runs {@link TrainModelCommand}. */
public final class TrainModelPlugIn extends CommandBridge {
    /** The bridge ImageJ instantiates from {@code plugins.config}. */
    public TrainModelPlugIn() {
        super(TrainModelCommand.class);
    }
}
