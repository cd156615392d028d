package org.protopnet.model.explain;

import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDManager;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.protopnet.model.TinyModels;
import org.protopnet.model.bundle.BundleReader;
import org.protopnet.model.data.PlantedPartSet;
import org.protopnet.model.data.Preprocessor;
import org.protopnet.model.data.Split;
import org.protopnet.model.nn.InputBatch;
import org.protopnet.model.train.TrainingConfig;

/**
 * Pointing game on the planted-part set, where classes differ only by a small planted part: after
 * real training, the top evidence box of correctly classified lesion images hits the part.
 */
class PointingGameTest {
    static final int SIZE = 48;
    static final int IMAGES = 900;
    @TempDir Path dir;

    /** Hits and counts of one evaluation. */
    record Score(int tested, int correct, int lesions, int boxHits, double meanBoxArea) {
        double hitRate() {
            return (double) boxHits / Math.max(1, lesions);
        }
    }

    @Test
    void topEvidenceBoxHitsThePlantedPartInAtLeast90PercentOfLesionCases() throws Exception {
        PlantedPartSet data = new PlantedPartSet(IMAGES, SIZE, 21);
        // no warm-up: a small CNN trained from scratch learns little while its backbone is frozen
        TrainingConfig config =
                TinyModels.shortPlan(7, 5).toBuilder()
                        .featuresLr(3e-3)
                        .addOnLr(3e-3)
                        .prototypesLr(3e-3)
                        .batchSize(16)
                        .warmEpochs(0)
                        .jointLrStep(100)
                        .build();
        long t0 = System.nanoTime();
        TinyModels.Trained trained =
                TinyModels.train(data, SIZE, 2, config, dir.resolve("planted.protopnet"));
        double seconds = (System.nanoTime() - t0) / 1e9;
        Score s = score(trained.file(), data);
        System.out.printf(
                Locale.ROOT,
                "pointing game: trained in %.1f s; test accuracy %.3f (%d/%d); top evidence box"
                        + " hits the planted part in %d of %d correctly classified lesion cases"
                        + " (%.1f %%), mean box %.1f %% of the image%n",
                seconds,
                (double) s.correct() / s.tested(),
                s.correct(),
                s.tested(),
                s.boxHits(),
                s.lesions(),
                100 * s.hitRate(),
                100 * s.meanBoxArea());
        assertTrue(s.lesions() >= 30, "enough correctly classified lesion cases: " + s);
        assertTrue(s.hitRate() >= 0.9, "pointing game " + s.hitRate() + " below 90 %");
    }

    static Score score(Path model, PlantedPartSet data) {
        try (NDManager m = NDManager.newBaseManager();
                BundleReader.LoadedModel loaded = BundleReader.load(model, m)) {
            Explainer explainer = new Explainer(loaded);
            Preprocessor pre = new Preprocessor(loaded.bundle().input());
            List<Integer> test = data.indicesOf(Split.TEST);
            int correct = 0;
            int lesions = 0;
            int hits = 0;
            double area = 0;
            for (int from = 0; from < test.size(); from += 32) {
                int n = Math.min(32, test.size() - from);
                float[] x = new float[n * pre.valuesPerImage()];
                for (int i = 0; i < n; i++) {
                    pre.prepare(data.load(test.get(from + i)), x, i * pre.valuesPerImage());
                }
                List<Explanation> ex = explainer.explain(InputBatch.of(m, x, n, SIZE), 1);
                for (int i = 0; i < n; i++) {
                    int idx = test.get(from + i);
                    if (ex.get(i).predicted() != data.label(idx)) {
                        continue;
                    }
                    correct++;
                    PlantedPartSet.Box part = data.box(idx);
                    if (part == null) {
                        continue;
                    }
                    lesions++;
                    Box box = ex.get(i).evidence().get(0).box();
                    area += (double) box.area() / (SIZE * SIZE);
                    if (box.intersects(new Box(part.x0(), part.y0(), part.x1(), part.y1()))) {
                        hits++;
                    }
                }
            }
            return new Score(test.size(), correct, lesions, hits, area / Math.max(1, lesions));
        }
    }
}
