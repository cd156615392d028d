package org.protopnet.fiji.ij1;

import org.protopnet.fiji.command.BatchClassifyCommand;

/** Plugins &gt; ProtoPNet &gt; Batch Classify Studies…: runs {@link BatchClassifyCommand}. */
public final class BatchClassifyPlugIn extends CommandBridge {
    /** The bridge ImageJ instantiates from {@code plugins.config}. */
    public BatchClassifyPlugIn() {
        super(BatchClassifyCommand.class);
    }
}
