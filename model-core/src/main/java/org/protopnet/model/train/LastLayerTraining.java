package org.protopnet.model.train;

import java.util.List;
import java.util.Set;
import org.protopnet.model.data.BatchStream;
import org.protopnet.model.data.LabeledSet;
import org.protopnet.model.nn.GradMode;
import org.protopnet.model.nn.ParameterGroup;
import org.protopnet.model.nn.ProtoPNet;

/**
 * Retrains only the last layer (convex, on cached minimum distances), as after each push: what
 * pruning runs once the pruned prototypes are gone.
 *
 * <pre>
 * LastLayerTraining.run(net, data, stream, splits.train(), config, 20, 1e-4);
 * </pre>
 */
public final class LastLayerTraining {
    private LastLayerTraining() {}

    /** Runs {@code epochs} last-layer epochs at {@code lr}; returns the last epoch's accuracy. */
    public static double run(
            ProtoPNet net,
            LabeledSet data,
            BatchStream stream,
            List<Integer> train,
            TrainingConfig config,
            int epochs,
            double lr) {
        try (GradMode.Restore g = GradMode.off()) {
            net.parameters().setTrainable(Set.of());
            CachedDistances cache =
                    CachedDistances.compute(net, data, stream, train, config.batchSize(), false);
            ProtoPNetLoss loss = new ProtoPNetLoss(net, config.loss());
            Optimizers optimizers = new Optimizers();
            net.parameters().setTrainable(Set.of(ParameterGroup.LAST_LAYER));
            double accuracy = Double.NaN;
            try {
                for (int e = 0; e < epochs; e++) {
                    TrainingStep step = new TrainingStep(Phase.LAST_LAYER, 0, e, 0, 0, 0, lr);
                    BatchStep.Outcome o =
                            cache.epoch(
                                    net,
                                    loss,
                                    optimizers,
                                    step,
                                    config.batchSize(),
                                    config.seed() * 31 + e);
                    accuracy = (double) o.correct() / Math.max(1, cache.size());
                }
            } finally {
                net.parameters().setTrainable(Set.of());
            }
            return accuracy;
        }
    }
}
