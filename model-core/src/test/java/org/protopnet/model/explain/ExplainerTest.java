package org.protopnet.model.explain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.protopnet.model.TinyModels;
import org.protopnet.model.bundle.BundleReader;
import org.protopnet.model.data.PlantedPartSet;
import org.protopnet.model.data.Preprocessor;
import org.protopnet.model.nn.InputBatch;
import org.protopnet.model.push.PrototypeCatalog;
import org.protopnet.model.push.PrototypeRecord;

/**
 * A model trained for real on one thread carries its prototype catalog in the bundle, and explains
 * images on another thread: score sheets add up to the logits, evidence names its source case.
 */
class ExplainerTest {
    private static final int SIZE = 32;
    @TempDir static Path dir;
    static TinyModels.Trained trained;
    static PlantedPartSet data = new PlantedPartSet(120, SIZE, 11);

    @BeforeAll
    static void train() throws Exception {
        trained =
                TinyModels.train(
                        data, SIZE, 2, TinyModels.shortPlan(2, 2), dir.resolve("m.protopnet"));
    }

    @Test
    void deliveredBundleCarriesACatalogOfEveryPrototype() {
        PrototypeCatalog c = PrototypeCatalog.from(BundleReader.read(trained.file())).orElseThrow();
        assertEquals(6, c.records().size());
        for (PrototypeRecord r : c.records()) {
            assertEquals(r.prototype() / 2, r.classIndex(), "evenly split classes");
            assertEquals(PlantedPartSet.CLASSES.get(r.classIndex()), r.className());
            assertTrue(r.sourcePath().contains("(" + r.className() + ")"), r.sourcePath());
            assertEquals(SIZE, c.source(r.prototype()).getWidth());
            assertEquals(r.activationBox().width(), c.patch(r.prototype()).getWidth());
            assertEquals(SIZE, c.overlay(r.prototype()).getHeight());
            long[] shape = c.activation(r.prototype()).shape();
            assertTrue(r.latentH() < shape[0] && r.latentW() < shape[1]);
            assertTrue(r.receptiveField().area() > 0);
        }
    }

    @Test
    void explainsOnAnotherThreadWithScoreSheetsThatSumToTheLogits() throws Exception {
        AtomicReference<Object> out = new AtomicReference<>();
        Thread t =
                new Thread(
                        () -> {
                            try {
                                out.set(explainSome(6, 3));
                            } catch (Throwable e) {
                                out.set(e);
                            }
                        },
                        "explaining");
        t.start();
        t.join();
        if (out.get() instanceof Throwable e) {
            throw new AssertionError("explaining failed: " + e, e);
        }
        @SuppressWarnings("unchecked")
        List<Explanation> ex = (List<Explanation>) out.get();
        assertEquals(6, ex.size());
        for (Explanation e : ex) {
            double psum = 0;
            for (int k = 0; k < 3; k++) {
                ScoreSheet s = e.sheets().get(k);
                assertEquals(e.logits()[k], s.logit());
                assertEquals(s.logit(), s.total(), 1e-4 * (1 + Math.abs(s.logit())));
                psum += e.probabilities()[k];
            }
            assertEquals(1, psum, 1e-9);
            assertEquals(3, e.evidence().size());
            Evidence top = e.evidence().get(0);
            assertTrue(top.contribution() >= e.evidence().get(1).contribution());
            assertEquals(top.similarity() * top.weight(), top.contribution(), 1e-12);
            assertNotNull(top.source());
            assertEquals(top.prototype(), top.source().prototype());
            assertEquals(SIZE, top.activation().width());
            assertTrue(top.box().area() > 0 && top.box().x1() <= SIZE);
        }
    }

    static List<Explanation> explainSome(int n, int topK) {
        try (NDManager m = NDManager.newBaseManager();
                BundleReader.LoadedModel model = BundleReader.load(trained.file(), m)) {
            Preprocessor pre = new Preprocessor(model.bundle().input());
            float[] images = new float[n * pre.valuesPerImage()];
            List<Integer> idx =
                    new ArrayList<>(data.indicesOf(org.protopnet.model.data.Split.TEST));
            for (int i = 0; i < n; i++) {
                pre.prepare(data.load(idx.get(i)), images, i * pre.valuesPerImage());
            }
            NDArray x = InputBatch.of(m, images, n, SIZE);
            Explainer ex = new Explainer(model);
            assertTrue(ex.catalog().isPresent());
            return ex.explain(x, topK);
        }
    }
}
