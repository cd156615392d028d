package org.protopnet.model.train;

import java.util.HashMap;
import java.util.Map;
import org.protopnet.model.io.HostTensor;
import org.protopnet.model.nn.GradMode;
import org.protopnet.model.nn.ParameterGroup;
import org.protopnet.model.nn.ParameterStore;

/**
 * The paper's three Adam optimisers (warm-up, joint, last layer), each over its phase's parameters
 * with its own moments, and how one training step updates them.
 */
final class Optimizers {
    private final Adam warm = new Adam();
    private final Adam joint = new Adam();
    private final Adam last = new Adam();

    /** Applies one update for {@code step}'s phase with its learning rates. */
    void step(ParameterStore params, TrainingStep step, double weightDecay) {
        // in-place updates of leaf parameters must not be recorded, on whatever thread
        try (GradMode.Restore g = GradMode.off()) {
            update(params, step, weightDecay);
        }
    }

    private void update(ParameterStore params, TrainingStep step, double weightDecay) {
        switch (step.phase()) {
            case WARM_UP -> {
                warm.step(params.trainable(ParameterGroup.ADD_ON), step.addOnLr(), weightDecay);
                warm.step(params.trainable(ParameterGroup.PROTOTYPES), step.prototypesLr(), 0);
            }
            case JOINT -> {
                joint.step(
                        params.trainable(ParameterGroup.FEATURES), step.featuresLr(), weightDecay);
                joint.step(params.trainable(ParameterGroup.ADD_ON), step.addOnLr(), weightDecay);
                joint.step(params.trainable(ParameterGroup.PROTOTYPES), step.prototypesLr(), 0);
            }
            case LAST_LAYER ->
                    last.step(params.trainable(ParameterGroup.LAST_LAYER), step.lastLayerLr(), 0);
            case PUSH -> throw new IllegalArgumentException("push has no optimiser");
        }
    }

    Map<String, HostTensor> export() {
        Map<String, HostTensor> all = new HashMap<>();
        all.putAll(warm.export("warm/"));
        all.putAll(joint.export("joint/"));
        all.putAll(last.export("last/"));
        return all;
    }

    void restore(Map<String, HostTensor> saved, ParameterStore params) {
        var everything = new java.util.ArrayList<org.protopnet.model.nn.Parameter>();
        for (ParameterGroup g : ParameterGroup.values()) {
            everything.addAll(params.trainable(g));
        }
        warm.restore(saved, "warm/", everything);
        joint.restore(saved, "joint/", everything);
        last.restore(saved, "last/", everything);
    }
}
