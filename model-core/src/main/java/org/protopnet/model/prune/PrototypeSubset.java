package org.protopnet.model.prune;

import java.util.LinkedHashMap;
import java.util.Map;
import org.protopnet.model.ModelException;
import org.protopnet.model.bundle.ModelBundle;
import org.protopnet.model.io.HostTensor;
import org.protopnet.model.io.StateDict;
import org.protopnet.model.nn.NetworkSpec;
import org.protopnet.model.push.PrototypeCatalog;

/**
 * A bundle reduced to some of its prototypes: network spec, prototype vectors, last-layer columns
 * and prototype catalog cut and renumbered consistently; everything else kept. What pruning and
 * duplicate merging store.
 */
public final class PrototypeSubset {
    static final String VECTORS = "prototype_vectors";
    static final String ONES = "ones";
    static final String LAST = "last_layer.weight";

    private PrototypeSubset() {}

    /**
     * {@code bundle} with only prototypes {@code keep} (old indices, ascending), and last-layer
     * weights {@code lastLayer} (C x keep.length, row-major) in place of the old columns.
     *
     * @throws ModelException naming the class when a class would keep no prototype
     */
    public static ModelBundle keep(ModelBundle bundle, int[] keep, float[] lastLayer) {
        NetworkSpec old = bundle.network();
        int[] cls = new int[keep.length];
        boolean[] has = new boolean[old.numClasses()];
        for (int n = 0; n < keep.length; n++) {
            cls[n] = old.prototypeClass()[keep[n]];
            has[cls[n]] = true;
        }
        for (int c = 0; c < has.length; c++) {
            if (!has[c]) {
                throw new ModelException(
                        "class '" + bundle.classNames().get(c) + "' would keep no prototype");
            }
        }
        NetworkSpec spec =
                new NetworkSpec(
                        old.architecture(),
                        old.imageSize(),
                        old.numClasses(),
                        old.prototypeDepth(),
                        cls,
                        old.addOnType(),
                        old.activation(),
                        old.epsilon());
        Map<String, HostTensor> t = new LinkedHashMap<>(bundle.weights().asMap());
        t.put(VECTORS, rows(t.get(VECTORS), keep));
        t.put(ONES, rows(t.get(ONES), keep));
        t.put(LAST, new HostTensor(new long[] {old.numClasses(), keep.length}, lastLayer));
        ModelBundle out =
                new ModelBundle(
                        spec,
                        bundle.input(),
                        bundle.classNames(),
                        new StateDict(t, bundle.weights().source()),
                        bundle.training(),
                        bundle.files());
        return PrototypeCatalog.from(bundle).map(c -> c.select(keep).addTo(out)).orElse(out);
    }

    /** The last-layer columns {@code keep} of {@code bundle}, (C x keep.length). */
    public static float[] columns(ModelBundle bundle, int[] keep) {
        HostTensor w = bundle.weights().get(LAST);
        int c = (int) w.shape()[0];
        int p = (int) w.shape()[1];
        float[] out = new float[c * keep.length];
        for (int k = 0; k < c; k++) {
            for (int n = 0; n < keep.length; n++) {
                out[k * keep.length + n] = w.data()[k * p + keep[n]];
            }
        }
        return out;
    }

    private static HostTensor rows(HostTensor t, int[] keep) {
        long[] shape = t.shape().clone();
        int per = t.size() / (int) shape[0];
        float[] out = new float[keep.length * per];
        for (int n = 0; n < keep.length; n++) {
            System.arraycopy(t.data(), keep[n] * per, out, n * per, per);
        }
        shape[0] = keep.length;
        return new HostTensor(shape, out);
    }
}
