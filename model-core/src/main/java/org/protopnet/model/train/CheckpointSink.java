package org.protopnet.model.train;

import java.io.IOException;
import java.util.Map;
import org.protopnet.model.io.HostTensor;
import org.protopnet.model.nn.ProtoPNet;

/**
 * Where the trainer saves its progress after every step; implementations write atomically so that a
 * kill at any moment leaves the previous checkpoint intact.
 */
public interface CheckpointSink {
    /**
     * Saves the run after a finished step.
     *
     * @param isBest true when this step's weights are the best selectable so far
     */
    void save(ProtoPNet net, TrainerState state, Map<String, HostTensor> optimizer, boolean isBest)
            throws IOException;

    /** Saves nothing. */
    CheckpointSink NONE = (net, state, optimizer, best) -> {};
}
