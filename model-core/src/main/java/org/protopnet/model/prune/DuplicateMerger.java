package org.protopnet.model.prune;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.protopnet.model.bundle.ModelBundle;
import org.protopnet.model.io.HostTensor;

/**
 * Finds prototypes that push put on the same latent patch (identical vectors) and merges each group
 * into its first member, adding the others' last-layer columns to it: identical prototypes have
 * identical similarities, so every logit stays the same while the model gets smaller.
 *
 * <pre>
 * DuplicateMerger.Merge m = DuplicateMerger.merge(bundle);
 * if (!m.groups().isEmpty()) BundleWriter.write(m.bundle(), out);
 * </pre>
 */
public final class DuplicateMerger {
    private DuplicateMerger() {}

    /** The merged bundle and the groups merged (each: kept prototype first, old indices). */
    public record Merge(ModelBundle bundle, List<int[]> groups) {}

    /** Groups of two or more prototypes with identical vectors (old indices, ascending). */
    public static List<int[]> duplicates(ModelBundle bundle) {
        HostTensor v = bundle.weights().get(PrototypeSubset.VECTORS);
        int p = (int) v.shape()[0];
        int d = v.size() / p;
        Map<String, List<Integer>> byVector = new LinkedHashMap<>();
        for (int j = 0; j < p; j++) {
            float[] row = Arrays.copyOfRange(v.data(), j * d, (j + 1) * d);
            byVector.computeIfAbsent(Arrays.toString(row), k -> new ArrayList<>()).add(j);
        }
        List<int[]> groups = new ArrayList<>();
        for (List<Integer> g : byVector.values()) {
            if (g.size() > 1) {
                groups.add(g.stream().mapToInt(Integer::intValue).toArray());
            }
        }
        return groups;
    }

    /** Merges every duplicate group; the bundle is returned unchanged when there is none. */
    public static Merge merge(ModelBundle bundle) {
        List<int[]> groups = duplicates(bundle);
        if (groups.isEmpty()) {
            return new Merge(bundle, groups);
        }
        int p = bundle.network().prototypeCount();
        int[] target = new int[p];
        for (int j = 0; j < p; j++) {
            target[j] = j;
        }
        for (int[] g : groups) {
            for (int j : g) {
                target[j] = g[0];
            }
        }
        int[] keep = java.util.stream.IntStream.range(0, p).filter(j -> target[j] == j).toArray();
        int[] newIndex = new int[p];
        for (int n = 0; n < keep.length; n++) {
            newIndex[keep[n]] = n;
        }
        HostTensor w = bundle.weights().get(PrototypeSubset.LAST);
        int c = (int) w.shape()[0];
        float[] last = new float[c * keep.length];
        for (int k = 0; k < c; k++) {
            for (int j = 0; j < p; j++) {
                last[k * keep.length + newIndex[target[j]]] += w.data()[k * p + j];
            }
        }
        return new Merge(PrototypeSubset.keep(bundle, keep, last), groups);
    }
}
