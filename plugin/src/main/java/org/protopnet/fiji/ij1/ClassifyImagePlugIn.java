package org.protopnet.fiji.ij1;

import org.protopnet.fiji.command.ClassifyImageCommand;

/** Plugins &gt; ProtoPNet &gt; Classify Image: runs {@link ClassifyImageCommand}. */
public final class ClassifyImagePlugIn extends CommandBridge {
    /** The bridge ImageJ instantiates from {@code plugins.config}. */
    public ClassifyImagePlugIn() {
        super(ClassifyImageCommand.class);
    }
}
