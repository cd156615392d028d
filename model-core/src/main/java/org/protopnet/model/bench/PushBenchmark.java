package org.protopnet.model.bench;

import ai.djl.Device;
import ai.djl.ndarray.NDManager;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.protopnet.model.data.BatchStream;
import org.protopnet.model.data.IdxSet;
import org.protopnet.model.data.InputSpec;
import org.protopnet.model.data.Preprocessor;
import org.protopnet.model.data.Split;
import org.protopnet.model.nn.ProtoPNet;
import org.protopnet.model.push.PrototypePictures;
import org.protopnet.model.push.PrototypeProjection;
import org.protopnet.model.push.PushResult;

/**
 * Times a push at a benchmark configuration over the first N Fashion-MNIST training images (held in
 * memory, as the authors' loader holds them; resized and normalised on the fly): projection of
 * every prototype (streamed, no gradient) and, separately, drawing the catalog (records and
 * pictures).
 *
 * <pre>
 * System.out.println(PushBenchmark.run(dir, 6000, BenchConfig.of("S"), 1, device).summary());
 * </pre>
 */
public final class PushBenchmark {

    /** The figures of one run. */
    public record Result(
            BenchConfig config,
            int images,
            double[] pushSeconds,
            double picturesSeconds,
            int duplicates,
            long peakRssBytes,
            String machine) {
        /** The median push time. */
        public double medianSeconds() {
            double[] s = pushSeconds.clone();
            Arrays.sort(s);
            return s[s.length / 2];
        }

        /** One human-readable line. */
        public String summary() {
            return String.format(
                    Locale.ROOT,
                    "bench push config %s (%s): %d images in %.2f s (median of %d; %.0f images/s),"
                            + " catalog pictures %.2f s, %d duplicate prototypes, peak RSS %d MiB;"
                            + " %s",
                    config.name(),
                    config.network(),
                    images,
                    medianSeconds(),
                    pushSeconds.length,
                    images / medianSeconds(),
                    picturesSeconds,
                    duplicates,
                    peakRssBytes >> 20,
                    machine);
        }
    }

    private PushBenchmark() {}

    /** Pushes {@code iterations} times (after one untimed warm-up push over 2 batches). */
    public static Result run(
            Path fashionMnist, int images, BenchConfig config, int iterations, Device device) {
        IdxSet data = IdxSet.fashionMnist(fashionMnist, images);
        List<Integer> train = data.indicesOf(Split.TRAIN);
        int size = config.network().imageSize();
        InputSpec input =
                new InputSpec(
                        size,
                        new float[] {0.286f, 0.286f, 0.286f},
                        new float[] {0.353f, 0.353f, 0.353f});
        int batch = config.batchSize();
        try (NDManager manager = NDManager.newBaseManager(device);
                ProtoPNet net = ProtoPNet.create(config.network(), manager.newSubManager(), 1);
                BatchStream stream = new BatchStream(data, new Preprocessor(input), 1L << 31)) {
            PrototypeProjection.push(
                    net,
                    data,
                    stream,
                    train.subList(0, Math.min(train.size(), 2 * batch)),
                    batch,
                    manager,
                    () -> false,
                    d -> {});
            double[] times = new double[iterations];
            PushResult last = null;
            for (int it = 0; it < iterations; it++) {
                long t0 = System.nanoTime();
                last =
                        PrototypeProjection.push(
                                net, data, stream, train, batch, manager, () -> false, d -> {});
                times[it] = (System.nanoTime() - t0) / 1e9;
            }
            long t0 = System.nanoTime();
            PrototypePictures.render(net, data, stream, last, batch, manager);
            double pictures = (System.nanoTime() - t0) / 1e9;
            return new Result(
                    config,
                    train.size(),
                    times,
                    pictures,
                    last.duplicates().size(),
                    ThroughputBenchmark.peakRss(),
                    ThroughputBenchmark.machine());
        }
    }
}
