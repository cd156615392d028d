package org.protopnet.dicom;

import java.io.IOException;
import java.nio.file.Path;

/**
 * The root of every failure this module reports: carries the file, the byte offset and the tag at
 * fault, each of which may be unknown.
 */
public class DicomException extends IOException {
    private static final long serialVersionUID = 1L;

    /** Marks an unknown offset. */
    public static final long NO_OFFSET = -1;

    /** Marks an unknown tag. */
    public static final int NO_TAG = -1;

    private final transient Path file;
    private final String reason;
    private final long offset;
    private final int tag;

    /** A failure at a known place. */
    public DicomException(String reason, Path file, long offset, int tag) {
        this(reason, file, offset, tag, null);
    }

    /** A failure at a known place caused by another exception. */
    public DicomException(String reason, Path file, long offset, int tag, Throwable cause) {
        super(format(reason, file, offset, tag), cause);
        this.reason = reason;
        this.file = file;
        this.offset = offset;
        this.tag = tag;
    }

    /** A failure whose place is not known (yet). */
    public DicomException(String reason) {
        this(reason, null, NO_OFFSET, NO_TAG);
    }

    /** The file at fault, or {@code null}. */
    public Path file() {
        return file;
    }

    /** The byte offset at fault, or {@link #NO_OFFSET}. */
    public long offset() {
        return offset;
    }

    /** The tag at fault, or {@link #NO_TAG}. */
    public int tag() {
        return tag;
    }

    /** The reason without the location. */
    public String reason() {
        return reason;
    }

    /** Returns a copy of this exception with the file filled in, keeping its type where it can. */
    public DicomException inFile(Path path) {
        if (file != null || path == null) {
            return this;
        }
        DicomException copy = rebuild(reason, path, offset, tag);
        copy.setStackTrace(getStackTrace());
        return copy;
    }

    /** Creates an exception of the same type at another place; subclasses override. */
    protected DicomException rebuild(String why, Path where, long at, int whichTag) {
        return new DicomException(why, where, at, whichTag, getCause());
    }

    private static String format(String reason, Path file, long offset, int tag) {
        StringBuilder b = new StringBuilder();
        if (file != null) {
            b.append(file.getFileName()).append(": ");
        }
        b.append(reason);
        if (offset >= 0 || tag != NO_TAG) {
            b.append(" (");
            if (offset >= 0) {
                b.append("offset ").append(offset);
            }
            if (tag != NO_TAG) {
                b.append(offset >= 0 ? ", " : "").append("tag ").append(Tag.toString(tag));
            }
            b.append(')');
        }
        return b.toString();
    }
}
