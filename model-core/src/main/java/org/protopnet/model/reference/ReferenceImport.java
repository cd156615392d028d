package org.protopnet.model.reference;

import ai.djl.ndarray.NDManager;
import java.nio.file.Path;
import org.protopnet.model.data.InputSpec;
import org.protopnet.model.io.StateDict;
import org.protopnet.model.nn.ProtoPNet;
import org.protopnet.model.nn.WeightLoader;

/**
 * Builds the network the authors' settings describe and loads their exported {@code state_dict}
 * into it, all tensors required, every mismatch reported.
 *
 * <pre>
 * ReferenceModel m = ReferenceImport.load(Path.of("ref.npz"), Path.of("settings.json"), manager);
 * </pre>
 */
public final class ReferenceImport {
    private ReferenceImport() {}

    /** A network with the authors' weights and the preprocessing it expects. */
    public record ReferenceModel(ProtoPNet network, InputSpec input) {}

    /** Imports; the network's arrays live in {@code manager} (closed with the network). */
    public static ReferenceModel load(Path stateDict, Path settings, NDManager manager) {
        ReferenceSettings s = ReferenceSettings.read(settings);
        StateDict weights = StateDict.read(stateDict);
        ProtoPNet net = ProtoPNet.create(s.network(), manager, 0);
        try {
            WeightLoader.loadAll(net, weights);
        } catch (RuntimeException e) {
            net.close();
            throw e;
        }
        return new ReferenceModel(net, s.input());
    }
}
