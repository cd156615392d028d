package org.protopnet.model.data;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Which images train, which select the model (validation) and which only measure it (test). When
 * the data names no validation images, a seeded, per-class share of the training images is held
 * out, the same for the same seed (so a resumed run sees the same split).
 */
public record DataSplits(List<Integer> train, List<Integer> validation, List<Integer> test) {

    public static DataSplits of(LabeledSet set, double validationFraction, long seed) {
        List<Integer> train = new ArrayList<>();
        List<Integer> val = new ArrayList<>();
        List<Integer> test = new ArrayList<>();
        for (int i = 0; i < set.size(); i++) {
            Split s = set.split(i);
            if (s == Split.VAL) {
                val.add(i);
            } else if (s == Split.TEST) {
                test.add(i);
            } else {
                train.add(i);
            }
        }
        if (val.isEmpty() && validationFraction > 0) {
            List<List<Integer>> byClass = new ArrayList<>();
            for (int c = 0; c < set.classNames().size(); c++) {
                byClass.add(new ArrayList<>());
            }
            for (int i : train) {
                byClass.get(set.label(i)).add(i);
            }
            Random random = new Random(seed);
            train.clear();
            for (List<Integer> members : byClass) {
                Collections.shuffle(members, random);
                int held =
                        members.size() < 2
                                ? 0
                                : Math.max(
                                        1, (int) Math.round(members.size() * validationFraction));
                val.addAll(members.subList(0, held));
                train.addAll(members.subList(held, members.size()));
            }
            Collections.sort(train);
            Collections.sort(val);
        }
        checkEveryClassTrains(set, train);
        return new DataSplits(List.copyOf(train), List.copyOf(val), List.copyOf(test));
    }

    private static void checkEveryClassTrains(LabeledSet set, List<Integer> train) {
        boolean[] seen = new boolean[set.classNames().size()];
        for (int i : train) {
            seen[set.label(i)] = true;
        }
        for (int c = 0; c < seen.length; c++) {
            if (!seen[c]) {
                throw new DataException(
                        "class '" + set.classNames().get(c) + "' has no training image");
            }
        }
    }
}
