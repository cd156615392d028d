package org.protopnet.model.data;

import org.protopnet.model.ModelException;

/** Training data is unusable; the message names the file (and line or field) at fault. */
public class DataException extends ModelException {
    private static final long serialVersionUID = 1L;

    public DataException(String message) {
        super(message);
    }

    public DataException(String message, Throwable cause) {
        super(message, cause);
    }
}
