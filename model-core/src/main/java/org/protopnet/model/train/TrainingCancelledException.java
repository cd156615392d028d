package org.protopnet.model.train;

import org.protopnet.model.ModelException;

/**
 * Training stopped because the user asked; the last checkpoint (end of the last finished step) is
 * intact and {@code --resume} continues from it.
 */
public class TrainingCancelledException extends ModelException {
    private static final long serialVersionUID = 1L;

    public TrainingCancelledException(String message) {
        super(message);
    }
}
