package org.protopnet.model.prune;

import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.NDScope;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.PriorityQueue;
import org.protopnet.model.data.Augmentation;
import org.protopnet.model.data.Batch;
import org.protopnet.model.data.BatchStream;
import org.protopnet.model.data.LabeledSet;
import org.protopnet.model.nn.ForwardResult;
import org.protopnet.model.nn.GradMode;
import org.protopnet.model.nn.InputBatch;
import org.protopnet.model.nn.ProtoPNet;

/**
 * Global analysis: for every prototype, the k nearest patches among a set of images, at most one
 * patch per image (each image's closest), in one streamed pass. Pruning looks at the training
 * set's; the gallery can show both the training and the test set's.
 *
 * <pre>
 * List&lt;List&lt;NearestPatches.Patch&gt;&gt; near = NearestPatches.find(net, set, stream, test, 6, 64, m);
 * </pre>
 */
public final class NearestPatches {
    private NearestPatches() {}

    /** One image's closest patch to a prototype: latent cell (h, w) and squared distance. */
    public record Patch(int imageIndex, String source, int label, int h, int w, double distance) {}

    /** For each prototype in order, its {@code k} nearest patches, nearest first. */
    public static List<List<Patch>> find(
            ProtoPNet net,
            LabeledSet set,
            BatchStream stream,
            List<Integer> indices,
            int k,
            int batchSize,
            NDManager manager) {
        int p = net.spec().prototypeCount();
        List<PriorityQueue<Patch>> heaps = new ArrayList<>(p);
        Comparator<Patch> farthestFirst =
                Comparator.comparingDouble(Patch::distance)
                        .reversed()
                        .thenComparingInt(Patch::imageIndex);
        for (int j = 0; j < p; j++) {
            heaps.add(new PriorityQueue<>(farthestFirst));
        }
        Iterator<Batch> it = stream.batches(indices, batchSize, Augmentation.NONE, 0);
        try (GradMode.Restore g = GradMode.off()) {
            while (it.hasNext()) {
                Batch b = it.next();
                float[] dist;
                int plane;
                int ww;
                try (NDScope scope = new NDScope()) {
                    scope.suppressNotUsedWarning();
                    ForwardResult out = net.forward(InputBatch.of(manager, b), false);
                    long[] shape = out.distances().getShape().getShape();
                    ww = (int) shape[3];
                    plane = (int) (shape[2] * shape[3]);
                    dist = out.distances().toFloatArray();
                }
                for (int n = 0; n < b.count(); n++) {
                    int image = b.indices()[n];
                    for (int j = 0; j < p; j++) {
                        int base = (n * p + j) * plane;
                        int best = 0;
                        for (int q = 1; q < plane; q++) {
                            if (dist[base + q] < dist[base + best]) {
                                best = q;
                            }
                        }
                        Patch patch =
                                new Patch(
                                        image,
                                        set.source(image),
                                        set.label(image),
                                        best / ww,
                                        best % ww,
                                        dist[base + best]);
                        PriorityQueue<Patch> h = heaps.get(j);
                        h.add(patch);
                        if (h.size() > k) {
                            h.poll();
                        }
                    }
                }
            }
        }
        List<List<Patch>> out = new ArrayList<>(p);
        for (PriorityQueue<Patch> h : heaps) {
            List<Patch> l = new ArrayList<>(h);
            l.sort(Comparator.comparingDouble(Patch::distance).thenComparingInt(Patch::imageIndex));
            out.add(List.copyOf(l));
        }
        return out;
    }
}
