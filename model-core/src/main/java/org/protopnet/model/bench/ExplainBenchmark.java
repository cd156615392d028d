package org.protopnet.model.bench;

import ai.djl.Device;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.NDScope;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.protopnet.model.bundle.BundleReader;
import org.protopnet.model.bundle.ModelBundle;
import org.protopnet.model.data.BatchStream;
import org.protopnet.model.data.IdxSet;
import org.protopnet.model.data.InputSpec;
import org.protopnet.model.data.Preprocessor;
import org.protopnet.model.data.RawImage;
import org.protopnet.model.data.Split;
import org.protopnet.model.explain.Explainer;
import org.protopnet.model.explain.Explanation;
import org.protopnet.model.nn.InputBatch;
import org.protopnet.model.nn.ProtoPNet;
import org.protopnet.model.nn.WeightLoader;
import org.protopnet.model.push.PrototypeCatalog;
import org.protopnet.model.push.PrototypePictures;
import org.protopnet.model.push.PrototypeProjection;
import org.protopnet.model.push.PushResult;
import org.protopnet.model.train.TrainingConfig;

/**
 * Latency of one full explanation of one image, as a user waits for it: preprocessing, forward
 * pass, a score sheet per class, and the top-k prototypes' evidence (activation map upsampled to
 * the input, 95th-percentile box, source record). The model is a benchmark configuration whose
 * prototypes were pushed onto Fashion-MNIST training images, so that it carries a catalog.
 */
public final class ExplainBenchmark {
    /** The figures of one run. */
    public record Result(
            BenchConfig config, int topK, double[] seconds, long peakRssBytes, String machine) {
        public double medianSeconds() {
            double[] s = seconds.clone();
            Arrays.sort(s);
            return s[s.length / 2];
        }

        /** One human-readable line. */
        public String summary() {
            double[] s = seconds.clone();
            Arrays.sort(s);
            return String.format(
                    Locale.ROOT,
                    "bench explain config %s (%s): one image, top %d evidence: median %.1f ms"
                            + " (min %.1f, max %.1f, %d iterations), peak RSS %d MiB; %s",
                    config.name(),
                    config.network(),
                    topK,
                    medianSeconds() * 1e3,
                    s[0] * 1e3,
                    s[s.length - 1] * 1e3,
                    s.length,
                    peakRssBytes >> 20,
                    machine);
        }
    }

    private ExplainBenchmark() {}

    /** Explains one test image at a time, {@code warmup} untimed then {@code iterations} timed. */
    public static Result run(
            Path fashionMnist,
            BenchConfig config,
            int topK,
            int warmup,
            int iterations,
            Device device) {
        IdxSet data = IdxSet.fashionMnist(fashionMnist, 1000);
        List<Integer> train = data.indicesOf(Split.TRAIN);
        List<Integer> test = data.indicesOf(Split.TEST);
        int size = config.network().imageSize();
        InputSpec input =
                new InputSpec(
                        size,
                        new float[] {0.286f, 0.286f, 0.286f},
                        new float[] {0.353f, 0.353f, 0.353f});
        int batch = Math.min(64, config.batchSize() * 4);
        try (NDManager manager = NDManager.newBaseManager(device);
                ProtoPNet net = ProtoPNet.create(config.network(), manager.newSubManager(), 1)) {
            ModelBundle bundle;
            try (BatchStream stream = new BatchStream(data, new Preprocessor(input), 1L << 30)) {
                PushResult push =
                        PrototypeProjection.push(
                                net, data, stream, train, batch, manager, () -> false, d -> {});
                PrototypeCatalog catalog =
                        PrototypePictures.render(net, data, stream, push, batch, manager);
                bundle =
                        catalog.addTo(
                                new ModelBundle(
                                        config.network(),
                                        input,
                                        IdxSet.FASHION_MNIST_CLASSES,
                                        WeightLoader.export(net, "bench"),
                                        TrainingConfig.paperDefaults(),
                                        java.util.Map.of()));
            }
            Explainer explainer = new Explainer(new BundleReader.LoadedModel(bundle, net));
            Preprocessor pre = new Preprocessor(input);
            double[] times = new double[iterations];
            for (int it = -warmup; it < iterations; it++) {
                RawImage image = data.load(test.get(Math.floorMod(it, test.size())));
                long t0 = System.nanoTime();
                try (NDScope scope = new NDScope()) {
                    scope.suppressNotUsedWarning();
                    float[] x = new float[pre.valuesPerImage()];
                    pre.prepare(image, x, 0);
                    Explanation e =
                            explainer.explain(InputBatch.of(manager, x, 1, size), topK).get(0);
                    if (e.evidence().size() != Math.min(topK, config.network().prototypeCount())) {
                        throw new IllegalStateException("incomplete explanation");
                    }
                }
                if (it >= 0) {
                    times[it] = (System.nanoTime() - t0) / 1e9;
                }
            }
            return new Result(
                    config,
                    topK,
                    times,
                    ThroughputBenchmark.peakRss(),
                    ThroughputBenchmark.machine());
        }
    }
}
