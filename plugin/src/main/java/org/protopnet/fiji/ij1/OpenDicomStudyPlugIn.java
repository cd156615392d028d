package org.protopnet.fiji.ij1;

import org.protopnet.fiji.command.OpenDicomStudyCommand;

/** Plugins &gt; ProtoPNet &gt; Open DICOM Study: runs {@link OpenDicomStudyCommand}. */
public final class OpenDicomStudyPlugIn extends CommandBridge {
    /** The bridge ImageJ instantiates from {@code plugins.config}. */
    public OpenDicomStudyPlugIn() {
        super(OpenDicomStudyCommand.class);
    }
}
