package org.protopnet.model.io;

import org.protopnet.model.ModelException;

/** A tensor file is not what it claims to be; the message names the file and the byte offset. */
public class TensorFormatException extends ModelException {
    private static final long serialVersionUID = 1L;

    public TensorFormatException(String message) {
        super(message);
    }

    public TensorFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
