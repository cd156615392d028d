package org.protopnet.model;

/**
 * Root of model-core's exception family: something about a model, its weights, its data or its
 * training is wrong, and the message says what and where (file, tensor, field).
 */
public class ModelException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ModelException(String message) {
        super(message);
    }

    public ModelException(String message, Throwable cause) {
        super(message, cause);
    }
}
