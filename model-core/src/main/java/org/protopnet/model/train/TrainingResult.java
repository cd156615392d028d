package org.protopnet.model.train;

import java.util.Map;
import org.protopnet.model.io.StateDict;
import org.protopnet.model.push.PrototypeCatalog;

/**
 * The outcome of a run: its full state (history, best step, pushes), the weights of the selected
 * model (the best validation accuracy among the pushed states) and that model's prototype catalog
 * (null when the plan has no push).
 *
 * <pre>
 * ModelBundle b = new ModelBundle(spec, input, classes, r.bestWeights(), config, r.prototypeFiles());
 * </pre>
 */
public record TrainingResult(TrainerState state, StateDict bestWeights, PrototypeCatalog catalog) {

    /** A result without a catalog. */
    public TrainingResult(TrainerState state, StateDict bestWeights) {
        this(state, bestWeights, null);
    }

    /** The bundle entries under {@code prototypes/} for the selected model (empty without push). */
    public Map<String, byte[]> prototypeFiles() {
        return catalog == null ? Map.of() : catalog.entries();
    }
}
