package org.protopnet.model.bundle;

import org.protopnet.model.ModelException;

/** A model bundle cannot be used; the message names the file and what is wrong with it. */
public class BundleException extends ModelException {
    private static final long serialVersionUID = 1L;

    public BundleException(String message) {
        super(message);
    }

    public BundleException(String message, Throwable cause) {
        super(message, cause);
    }
}
