package org.protopnet.dicom;

import java.nio.file.Path;

/** A file that breaks the DICOM encoding rules: truncated, inconsistent lengths, bad structure. */
public class MalformedDicomException extends DicomException {
    private static final long serialVersionUID = 1L;

    /** A failure at a known place. */
    public MalformedDicomException(String reason, Path file, long offset, int tag) {
        super(reason, file, offset, tag);
    }

    /** A failure at a known place caused by another exception. */
    public MalformedDicomException(
            String reason, Path file, long offset, int tag, Throwable cause) {
        super(reason, file, offset, tag, cause);
    }

    /** A failure whose place is filled in later. */
    public MalformedDicomException(String reason) {
        super(reason);
    }

    @Override
    protected DicomException rebuild(String why, Path where, long at, int whichTag) {
        return new MalformedDicomException(why, where, at, whichTag, getCause());
    }
}
