package org.protopnet.dicom;

import java.nio.file.Path;

/**
 * A well-formed file that uses a feature this module does not decode (transfer syntax, pixel
 * layout).
 */
public class UnsupportedDicomException extends DicomException {
    private static final long serialVersionUID = 1L;

    /** A failure at a known place. */
    public UnsupportedDicomException(String reason, Path file, long offset, int tag) {
        super(reason, file, offset, tag);
    }

    /** A failure at a known place caused by another exception. */
    public UnsupportedDicomException(
            String reason, Path file, long offset, int tag, Throwable cause) {
        super(reason, file, offset, tag, cause);
    }

    /** A failure whose place is filled in later. */
    public UnsupportedDicomException(String reason) {
        super(reason);
    }

    @Override
    protected DicomException rebuild(String why, Path where, long at, int whichTag) {
        return new UnsupportedDicomException(why, where, at, whichTag, getCause());
    }
}
