package org.protopnet.model.prune;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDManager;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.protopnet.model.TinyModels;
import org.protopnet.model.bundle.BundleReader;
import org.protopnet.model.bundle.BundleWriter;
import org.protopnet.model.bundle.ModelBundle;
import org.protopnet.model.data.Augmentation;
import org.protopnet.model.data.Batch;
import org.protopnet.model.data.BatchStream;
import org.protopnet.model.data.DataSplits;
import org.protopnet.model.data.PlantedPartSet;
import org.protopnet.model.data.Preprocessor;
import org.protopnet.model.io.HostTensor;
import org.protopnet.model.io.StateDict;
import org.protopnet.model.nn.GradMode;
import org.protopnet.model.nn.InputBatch;
import org.protopnet.model.nn.ProtoPNet;
import org.protopnet.model.nn.WeightLoader;
import org.protopnet.model.push.PrototypeCatalog;

/** Pruning removes a planted impure prototype, keeps the pure ones, and leaves a loadable model. */
class PrototypePrunerTest {
    private static final int SIZE = 32;
    @TempDir Path dir;

    @Test
    void plantedImpurePrototypeIsPrunedAndPureOnesKept() throws Exception {
        PlantedPartSet data = new PlantedPartSet(150, SIZE, 13);
        ModelBundle trained =
                TinyModels.train(
                                data,
                                SIZE,
                                3,
                                TinyModels.shortPlan(3, 3),
                                dir.resolve("trained.protopnet"))
                        .bundle();
        DataSplits splits = DataSplits.of(data, 0.1, 3);
        int p = trained.network().prototypeCount();
        int[] cls = trained.network().prototypeClass();
        // the purest prototype of class 2 lends its vector to the first of class 1
        int[] same = sameClassNeighbours(trained, data, splits.train());
        int donor = -1;
        for (int j = 0; j < p; j++) {
            if (cls[j] == 2 && (donor < 0 || same[j] > same[donor])) {
                donor = j;
            }
        }
        assertTrue(same[donor] >= 4, "a class-2 prototype mostly near class-2 patches");
        int victim = 3; // evenly split: prototypes 3..5 are of class 1
        Map<String, HostTensor> t = new LinkedHashMap<>(trained.weights().asMap());
        HostTensor v = t.get("prototype_vectors");
        float[] vv = v.data().clone();
        int d = vv.length / p;
        System.arraycopy(vv, donor * d, vv, victim * d, d);
        t.put("prototype_vectors", new HostTensor(v.shape(), vv));
        ModelBundle planted =
                new ModelBundle(
                        trained.network(),
                        trained.input(),
                        trained.classNames(),
                        new StateDict(t, "planted"),
                        trained.training(),
                        trained.files());
        int[] expected = sameClassNeighbours(planted, data, splits.train());
        assertTrue(expected[victim] < 3, "the planted prototype is impure");

        PrototypePruner.Result r;
        try (NDManager m = NDManager.newBaseManager()) {
            r =
                    PrototypePruner.prune(
                            planted, data, new PrototypePruner.Options(6, 3, 5, 1e-3, 32), m);
        }
        PruneReport report = r.report();
        System.out.print(report.summary());
        List<Integer> prunedIds = report.pruned().stream().map(x -> x.prototype()).toList();
        List<Integer> spared = report.spared().stream().map(x -> x.prototype()).toList();
        assertTrue(prunedIds.contains(victim), "planted prototype pruned");
        int pure = 0;
        for (int j = 0; j < p; j++) {
            if (expected[j] >= 3) {
                pure++;
                assertFalse(prunedIds.contains(j), "pure prototype " + j + " kept");
            } else {
                assertTrue(
                        prunedIds.contains(j) || spared.contains(j),
                        "impure prototype " + j + " pruned or spared as its class's last");
            }
        }
        assertTrue(pure >= 2, "the trained model has pure prototypes to keep");
        for (int c = 0; c < 3; c++) {
            final int cc = c;
            assertTrue(
                    java.util.stream.IntStream.range(0, p)
                            .anyMatch(j -> cls[j] == cc && !prunedIds.contains(j)),
                    "class " + c + " keeps a prototype");
        }
        assertEquals(p - prunedIds.size(), report.prototypesAfter());
        assertFalse(Double.isNaN(report.accuracyBefore()) || Double.isNaN(report.accuracyAfter()));

        Path out = dir.resolve("pruned.protopnet");
        BundleWriter.write(r.bundle(), out);
        try (NDManager m = NDManager.newBaseManager();
                BundleReader.LoadedModel loaded = BundleReader.load(out, m)) {
            PrototypeCatalog before = PrototypeCatalog.from(planted).orElseThrow();
            PrototypeCatalog after = PrototypeCatalog.from(loaded.bundle()).orElseThrow();
            assertEquals(report.prototypesAfter(), after.size());
            assertEquals(report.prototypesAfter(), loaded.network().spec().prototypeCount());
            int n = 0;
            for (int j = 0; j < p; j++) {
                if (!prunedIds.contains(j)) {
                    assertEquals(before.get(j).sourcePath(), after.get(n).sourcePath());
                    assertEquals(cls[j], loaded.network().spec().prototypeClass()[n]);
                    n++;
                }
            }
        }
    }

    /**
     * Brute force, independent of {@link NearestPatches}: per prototype, how many of the 6 training
     * images with the smallest minimum distance are of its class.
     */
    private static int[] sameClassNeighbours(
            ModelBundle bundle, PlantedPartSet data, List<Integer> train) {
        int p = bundle.network().prototypeCount();
        List<float[]> mins = new ArrayList<>();
        List<Integer> labels = new ArrayList<>();
        try (NDManager m = NDManager.newBaseManager();
                ProtoPNet net = ProtoPNet.create(bundle.network(), m, 0);
                BatchStream stream =
                        new BatchStream(data, new Preprocessor(bundle.input()), 1L << 26);
                GradMode.Restore g = GradMode.off()) {
            WeightLoader.loadAll(net, bundle.weights());
            Iterator<Batch> it = stream.batches(train, 50, Augmentation.NONE, 0);
            while (it.hasNext()) {
                Batch b = it.next();
                float[] md = net.forward(InputBatch.of(m, b), false).minDistances().toFloatArray();
                for (int n = 0; n < b.count(); n++) {
                    mins.add(java.util.Arrays.copyOfRange(md, n * p, (n + 1) * p));
                    labels.add((int) b.labels()[n]);
                }
            }
        }
        int[] same = new int[p];
        for (int j = 0; j < p; j++) {
            final int jj = j;
            List<Integer> order = new ArrayList<>();
            for (int i = 0; i < mins.size(); i++) {
                order.add(i);
            }
            order.sort((a, b) -> Float.compare(mins.get(a)[jj], mins.get(b)[jj]));
            for (int r = 0; r < 6; r++) {
                if (labels.get(order.get(r)) == bundle.network().prototypeClass()[j]) {
                    same[j]++;
                }
            }
        }
        return same;
    }
}
