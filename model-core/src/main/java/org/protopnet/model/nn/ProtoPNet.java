package org.protopnet.model.nn;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import java.util.List;

/**
 * A prototypical part network: backbone, add-on layers, prototype layer and last layer, with every
 * tensor named as in the authors' {@code PPNet.state_dict()}.
 *
 * <pre>
 * try (ProtoPNet net = ProtoPNet.create(spec, NDManager.newBaseManager(), 42)) {
 *     NDArray logits = net.forward(batch, false).logits();
 * }
 * </pre>
 */
public final class ProtoPNet implements AutoCloseable {
    static {
        NativeHeap.tune();
    }

    private final NetworkSpec spec;
    private final ParameterStore store;
    private final Backbone backbone;
    private final AddOnLayers addOn;
    private final PrototypeLayer prototypes;
    private final LastLayer lastLayer;

    private ProtoPNet(NetworkSpec spec, ParameterStore store) {
        this.spec = spec;
        this.store = store;
        this.backbone = spec.architecture().build(store);
        this.addOn =
                AddOnLayers.create(
                        store, spec.addOnType(), backbone.outChannels(), spec.prototypeDepth());
        this.prototypes =
                PrototypeLayer.create(store, spec.prototypeCount(), spec.prototypeDepth());
        this.lastLayer = LastLayer.create(store, spec.prototypeClass(), spec.numClasses());
    }

    /**
     * A freshly initialised network whose arrays live in {@code manager}; {@code seed} fixes every
     * initial weight.
     */
    public static ProtoPNet create(NetworkSpec spec, NDManager manager, long seed) {
        return new ProtoPNet(spec, new ParameterStore(manager, seed));
    }

    /** Runs the whole network on a batch (N, 3, H, W) already normalised. */
    public ForwardResult forward(NDArray images, boolean training) {
        NDArray z = latent(images, training);
        NDArray distances = prototypes.distances(z);
        NDArray min = PrototypeLayer.minOverPositions(distances);
        NDArray similarities = spec.activation().apply(min, spec.epsilon());
        return new ForwardResult(z, distances, min, similarities, lastLayer.forward(similarities));
    }

    /** Backbone then add-on layers: the latent map (N, D, h, w) the prototypes live in. */
    public NDArray latent(NDArray images, boolean training) {
        return addOn.forward(backbone.forward(images, training), training);
    }

    /** Backbone output only (N, channels, h, w). */
    public NDArray backboneFeatures(NDArray images, boolean training) {
        return backbone.forward(images, training);
    }

    public NetworkSpec spec() {
        return spec;
    }

    public ParameterStore parameters() {
        return store;
    }

    public PrototypeLayer prototypeLayer() {
        return prototypes;
    }

    public LastLayer lastLayer() {
        return lastLayer;
    }

    /** The backbone's layer geometry, for receptive-field arithmetic. */
    public List<ConvGeometry> geometry() {
        return backbone.geometry();
    }

    @Override
    public void close() {
        store.close();
    }
}
