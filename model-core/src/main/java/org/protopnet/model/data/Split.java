package org.protopnet.model.data;

import java.util.Locale;

/** Which part of a labelled set an image belongs to. */
public enum Split {
    TRAIN,
    VAL,
    TEST;

    /** {@code train}, {@code val}/{@code validation} or {@code test}, any case. */
    public static Split parse(String text, String where) {
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "train", "training" -> TRAIN;
            case "val", "valid", "validation" -> VAL;
            case "test", "testing" -> TEST;
            default ->
                    throw new DataException(
                            where + ": unknown split '" + text + "' (expected train, val or test)");
        };
    }
}
