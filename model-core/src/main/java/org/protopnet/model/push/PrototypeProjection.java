package org.protopnet.model.push;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.NDScope;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.IntConsumer;
import org.protopnet.model.ModelException;
import org.protopnet.model.data.Augmentation;
import org.protopnet.model.data.Batch;
import org.protopnet.model.data.BatchStream;
import org.protopnet.model.data.LabeledSet;
import org.protopnet.model.nn.ForwardResult;
import org.protopnet.model.nn.GradMode;
import org.protopnet.model.nn.InputBatch;
import org.protopnet.model.nn.ProtoPNet;
import org.protopnet.model.train.TrainingCancelledException;

/**
 * Class-specific push: streams the push images in batches (no gradient, memory bounded by the
 * batch), tracks for every prototype the closest latent patch among images of its class, then
 * overwrites the prototype vectors with those patches.
 */
public final class PrototypeProjection {
    private PrototypeProjection() {}

    /**
     * Pushes every prototype of {@code net} onto its nearest patch among {@code indices}.
     *
     * @param onBatch told the number of batches done after each
     * @throws ModelException naming the class when a class has no image to push onto
     */
    public static PushResult push(
            ProtoPNet net,
            LabeledSet set,
            BatchStream stream,
            List<Integer> indices,
            int batchSize,
            NDManager manager,
            BooleanSupplier cancelled,
            IntConsumer onBatch) {
        try (GradMode.Restore g = GradMode.off()) {
            return run(net, set, stream, indices, batchSize, manager, cancelled, onBatch);
        }
    }

    private static PushResult run(
            ProtoPNet net,
            LabeledSet set,
            BatchStream stream,
            List<Integer> indices,
            int batchSize,
            NDManager manager,
            BooleanSupplier cancelled,
            IntConsumer onBatch) {
        int p = net.spec().prototypeCount();
        int depth = net.spec().prototypeDepth();
        int[] protoClass = net.spec().prototypeClass();
        double[] best = new double[p];
        Arrays.fill(best, Double.POSITIVE_INFINITY);
        float[][] vectors = new float[p][];
        int[][] where = new int[p][];
        Iterator<Batch> batches = stream.batches(indices, batchSize, Augmentation.NONE, 0);
        int done = 0;
        while (batches.hasNext()) {
            if (cancelled.getAsBoolean()) {
                throw new TrainingCancelledException("push cancelled; prototypes unchanged");
            }
            Batch b = batches.next();
            try (NDScope scope = new NDScope()) {
                scope.suppressNotUsedWarning();
                NDArray x = InputBatch.of(manager, b);
                ForwardResult out = net.forward(x, false);
                long[] shape = out.distances().getShape().getShape();
                int hh = (int) shape[2];
                int ww = (int) shape[3];
                float[] dist = out.distances().toFloatArray();
                float[] z = out.features().toFloatArray();
                for (int n = 0; n < b.count(); n++) {
                    int label = (int) b.labels()[n];
                    for (int j = 0; j < p; j++) {
                        if (protoClass[j] != label) {
                            continue;
                        }
                        int base = (n * p + j) * hh * ww;
                        for (int k = 0; k < hh * ww; k++) {
                            if (dist[base + k] < best[j]) {
                                best[j] = dist[base + k];
                                vectors[j] = patch(z, n, depth, hh, ww, k);
                                where[j] = new int[] {b.indices()[n], k / ww, k % ww};
                            }
                        }
                    }
                }
            }
            onBatch.accept(++done);
        }
        float[] all = new float[p * depth];
        List<ProjectedPrototype> result = new ArrayList<>();
        for (int j = 0; j < p; j++) {
            if (vectors[j] == null) {
                throw new ModelException(
                        "push: class '"
                                + set.classNames().get(protoClass[j])
                                + "' has no training image to push prototype "
                                + j
                                + " onto");
            }
            System.arraycopy(vectors[j], 0, all, j * depth, depth);
            result.add(
                    new ProjectedPrototype(
                            j,
                            protoClass[j],
                            where[j][0],
                            set.source(where[j][0]),
                            where[j][1],
                            where[j][2],
                            best[j]));
        }
        net.prototypeLayer().vectors().assign(all);
        return new PushResult(result);
    }

    private static float[] patch(float[] z, int n, int depth, int hh, int ww, int k) {
        float[] v = new float[depth];
        int plane = hh * ww;
        int base = n * depth * plane + k;
        for (int d = 0; d < depth; d++) {
            v[d] = z[base + d * plane];
        }
        return v;
    }
}
