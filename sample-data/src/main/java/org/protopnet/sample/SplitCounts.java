package org.protopnet.sample;

/** How many cases of each class go to the train, val and test splits. */
public record SplitCounts(int train, int val, int test) {
    /** Checks the counts are not negative. */
    public SplitCounts {
        if (train < 0 || val < 0 || test < 0) {
            throw new IllegalArgumentException(
                    "split counts must be >= 0, got " + train + "/" + val + "/" + test);
        }
    }

    /** About {@code total} cases over {@code classes} classes, split 60/20/20. */
    public static SplitCounts ofTotal(int total, int classes) {
        int perClass = Math.max(1, (total + classes - 1) / classes);
        int val = perClass / 5;
        int test = perClass / 5;
        return new SplitCounts(perClass - val - test, val, test);
    }

    /** Cases per class. */
    public int perClass() {
        return train + val + test;
    }

    /** The split of the {@code i}-th case of a class: train first, then val, then test. */
    public String splitOf(int i) {
        return i < train ? "train" : i < train + val ? "val" : "test";
    }
}
