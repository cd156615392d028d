package org.protopnet.dicom;

import java.nio.file.Path;

/**
 * Pixel data that cannot be decoded into the declared image: corrupt codec stream or wrong size.
 */
public class PixelDataException extends DicomException {
    private static final long serialVersionUID = 1L;

    /** A failure at a known place. */
    public PixelDataException(String reason, Path file, long offset, int tag) {
        super(reason, file, offset, tag);
    }

    /** A failure at a known place caused by another exception. */
    public PixelDataException(String reason, Path file, long offset, int tag, Throwable cause) {
        super(reason, file, offset, tag, cause);
    }

    /** A failure whose place is filled in later. */
    public PixelDataException(String reason) {
        super(reason);
    }

    @Override
    protected DicomException rebuild(String why, Path where, long at, int whichTag) {
        return new PixelDataException(why, where, at, whichTag, getCause());
    }
}
