package org.protopnet.model.train;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The whole schedule of a run as a list of steps, fixed by the configuration, so that a resumed run
 * knows exactly where it stands: warm-up epochs, joint epochs with step-decayed learning rates, and
 * after each push epoch a push followed by last-layer epochs.
 */
public final class TrainingPlan {
    private final List<TrainingStep> steps;

    private TrainingPlan(List<TrainingStep> steps) {
        this.steps = Collections.unmodifiableList(steps);
    }

    /** The schedule the authors' main.py runs, plus an optional final push. */
    public static TrainingPlan of(TrainingConfig c) {
        List<TrainingStep> steps = new ArrayList<>();
        boolean pushedAtLast = false;
        for (int e = 0; e < c.epochs(); e++) {
            if (e < c.warmEpochs()) {
                steps.add(
                        new TrainingStep(Phase.WARM_UP, e, 0, 0, c.addOnLr(), c.prototypesLr(), 0));
            } else {
                int jointIndex = e - c.warmEpochs();
                double f =
                        Math.pow(c.jointLrGamma(), Math.floorDiv(jointIndex + 1, c.jointLrStep()));
                steps.add(
                        new TrainingStep(
                                Phase.JOINT,
                                e,
                                0,
                                c.featuresLr() * f,
                                c.addOnLr() * f,
                                c.prototypesLr() * f,
                                0));
            }
            boolean scheduled = e >= c.pushStart() && e % c.pushEvery() == 0;
            boolean last = e == c.epochs() - 1;
            if (scheduled || (last && c.finalPush())) {
                steps.add(new TrainingStep(Phase.PUSH, e, 0, 0, 0, 0, 0));
                for (int i = 0; i < c.lastLayerEpochs(); i++) {
                    steps.add(new TrainingStep(Phase.LAST_LAYER, e, i, 0, 0, 0, c.lastLayerLr()));
                }
                pushedAtLast = last;
            }
        }
        return new TrainingPlan(steps);
    }

    public List<TrainingStep> steps() {
        return steps;
    }

    public int size() {
        return steps.size();
    }

    /** True when the plan pushes at least once. */
    public boolean pushes() {
        return steps.stream().anyMatch(s -> s.phase() == Phase.PUSH);
    }
}
