package org.protopnet.dicom;

import java.nio.file.Path;

/** A file that asks for more memory, nesting or elements than the configured ceiling allows. */
public class LimitExceededException extends DicomException {
    private static final long serialVersionUID = 1L;

    /** A failure at a known place. */
    public LimitExceededException(String reason, Path file, long offset, int tag) {
        super(reason, file, offset, tag);
    }

    /** A failure at a known place caused by another exception. */
    public LimitExceededException(String reason, Path file, long offset, int tag, Throwable cause) {
        super(reason, file, offset, tag, cause);
    }

    /** A failure whose place is filled in later. */
    public LimitExceededException(String reason) {
        super(reason);
    }

    @Override
    protected DicomException rebuild(String why, Path where, long at, int whichTag) {
        return new LimitExceededException(why, where, at, whichTag, getCause());
    }
}
