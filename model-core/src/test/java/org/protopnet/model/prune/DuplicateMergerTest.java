package org.protopnet.model.prune;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.protopnet.model.TinyModels;
import org.protopnet.model.bundle.BundleReader;
import org.protopnet.model.bundle.BundleWriter;
import org.protopnet.model.bundle.ModelBundle;
import org.protopnet.model.data.PlantedPartSet;
import org.protopnet.model.data.Preprocessor;
import org.protopnet.model.io.HostTensor;
import org.protopnet.model.io.StateDict;
import org.protopnet.model.nn.GradMode;
import org.protopnet.model.nn.InputBatch;
import org.protopnet.model.push.PrototypeCatalog;

/** Prototypes pushed onto one patch are reported and merged without changing any logit. */
class DuplicateMergerTest {
    @TempDir Path dir;

    @Test
    void duplicatesAreFoundAndMergedKeepingLogitsAndCatalogConsistent() throws Exception {
        PlantedPartSet data = new PlantedPartSet(60, 32, 2);
        ModelBundle pushed = TinyModels.pushedBundle(data, 32, 3, 8);
        // plant a duplicate: prototype 4 (class 1) on the patch of prototype 3 (class 1)
        Map<String, HostTensor> t = new LinkedHashMap<>(pushed.weights().asMap());
        HostTensor v = t.get("prototype_vectors");
        float[] vv = v.data().clone();
        int d = vv.length / 9;
        System.arraycopy(vv, 3 * d, vv, 4 * d, d);
        t.put("prototype_vectors", new HostTensor(v.shape(), vv));
        ModelBundle dup =
                new ModelBundle(
                        pushed.network(),
                        pushed.input(),
                        pushed.classNames(),
                        new StateDict(t, "planted"),
                        pushed.training(),
                        pushed.files());
        List<int[]> groups = DuplicateMerger.duplicates(dup);
        assertTrue(
                groups.stream().anyMatch(g -> g[0] <= 3 && contains(g, 3) && contains(g, 4)),
                "the planted pair is reported");
        int removed = groups.stream().mapToInt(g -> g.length - 1).sum();
        int kept = 9 - removed;
        DuplicateMerger.Merge merge = DuplicateMerger.merge(dup);
        ModelBundle merged = merge.bundle();
        assertEquals(kept, merged.network().prototypeCount());
        assertTrue(DuplicateMerger.duplicates(merged).isEmpty());
        Path a = dir.resolve("dup.protopnet");
        Path b = dir.resolve("merged.protopnet");
        BundleWriter.write(dup, a);
        BundleWriter.write(merged, b);
        PrototypeCatalog before = PrototypeCatalog.from(dup).orElseThrow();
        PrototypeCatalog after = PrototypeCatalog.from(BundleReader.read(b)).orElseThrow();
        assertEquals(kept, after.size());
        java.util.Set<Integer> dropped = new java.util.HashSet<>();
        groups.forEach(g -> java.util.Arrays.stream(g).skip(1).forEach(dropped::add));
        int n = 0;
        for (int j = 0; j < 9; j++) {
            if (!dropped.contains(j)) {
                assertEquals(before.get(j).sourcePath(), after.get(n).sourcePath());
                assertEquals(before.get(j).classIndex(), after.get(n).classIndex());
                assertEquals(n, after.get(n).prototype());
                n++;
            }
        }
        float[] la = logits(a, data);
        float[] lb = logits(b, data);
        assertArrayEquals(la, lb, 1e-4f);
    }

    private static boolean contains(int[] g, int j) {
        return java.util.Arrays.stream(g).anyMatch(x -> x == j);
    }

    static float[] logits(Path file, PlantedPartSet data) {
        try (NDManager m = NDManager.newBaseManager();
                BundleReader.LoadedModel model = BundleReader.load(file, m);
                GradMode.Restore g = GradMode.off()) {
            Preprocessor pre = new Preprocessor(model.bundle().input());
            int n = 8;
            float[] x = new float[n * pre.valuesPerImage()];
            for (int i = 0; i < n; i++) {
                pre.prepare(data.load(i), x, i * pre.valuesPerImage());
            }
            NDArray in = InputBatch.of(m, x, n, 32);
            float[] l = model.network().forward(in, false).logits().toFloatArray();
            assertTrue(l.length == n * 3);
            return l;
        }
    }
}
