package org.protopnet.model.bench;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.NDScope;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.protopnet.model.data.Batch;
import org.protopnet.model.nn.GradMode;
import org.protopnet.model.nn.InputBatch;
import org.protopnet.model.nn.NativeHeap;
import org.protopnet.model.nn.ProtoPNet;
import org.protopnet.model.train.BatchStep;
import org.protopnet.model.train.Phase;
import org.protopnet.model.train.TrainingConfig;
import org.protopnet.model.train.TrainingStep;

/**
 * Measures images per second of a joint-phase training step (forward, loss, backward, Adam) or of
 * inference (forward without gradient), as the median over timed iterations after warm-up
 * iterations, with the peak resident memory and a description of the machine.
 */
public final class ThroughputBenchmark {
    /** The figures of one run. */
    public record Result(
            String mode,
            BenchConfig config,
            double imagesPerSecond,
            double[] secondsPerIteration,
            long peakRssBytes,
            String machine) {
        /** One human-readable line. */
        public String summary() {
            return String.format(
                    Locale.ROOT,
                    "bench %s config %s (%s, batch %d): %.1f images/s (median of %d iterations), peak RSS %d MiB; %s",
                    mode,
                    config.name(),
                    config.network(),
                    config.batchSize(),
                    imagesPerSecond,
                    secondsPerIteration.length,
                    peakRssBytes >> 20,
                    machine);
        }
    }

    private ThroughputBenchmark() {}

    /** Runs {@code mode} ("train" or "infer") at {@code config}. */
    public static Result run(
            String mode, BenchConfig config, int warmup, int iterations, ai.djl.Device device) {
        boolean train = mode.equals("train");
        if (!train && !mode.equals("infer")) {
            throw new IllegalArgumentException("mode must be train or infer, got " + mode);
        }
        try (NDManager manager = NDManager.newBaseManager(device);
                ProtoPNet net = ProtoPNet.create(config.network(), manager.newSubManager(), 1)) {
            int b = config.batchSize();
            int s = config.network().imageSize();
            SplittableRandom r = new SplittableRandom(3);
            float[] images = new float[b * 3 * s * s];
            for (int i = 0; i < images.length; i++) {
                images[i] = (float) (r.nextDouble() * 4 - 2);
            }
            long[] labels = new long[b];
            for (int i = 0; i < b; i++) {
                labels[i] = r.nextInt(config.network().numClasses());
            }
            Batch batch = new Batch(images, labels, new int[b], b, s);
            TrainingConfig tc = TrainingConfig.paperDefaults();
            TrainingStep step =
                    new TrainingStep(
                            Phase.JOINT, 5, 0, tc.featuresLr(), tc.addOnLr(), tc.prototypesLr(), 0);
            BatchStep trainer = BatchStep.standalone(net, tc);
            if (train) {
                net.parameters().setTrainable(Phase.JOINT.trained());
            }
            double[] times = new double[iterations];
            for (int it = -warmup; it < iterations; it++) {
                long t0 = System.nanoTime();
                if (train) {
                    trainer.run(batch, step);
                } else {
                    try (GradMode.Restore g = GradMode.off();
                            NDScope scope = new NDScope()) {
                        scope.suppressNotUsedWarning();
                        NDArray x = InputBatch.of(manager, images, b, s);
                        net.forward(x, false).logits().toFloatArray();
                    }
                }
                if (it >= 0) {
                    times[it] = (System.nanoTime() - t0) / 1e9;
                }
            }
            double[] sorted = times.clone();
            Arrays.sort(sorted);
            double median = sorted[sorted.length / 2];
            return new Result(mode, config, b / median, times, peakRss(), machine());
        }
    }

    /** Peak resident set size of this process (Linux), or -1. */
    static long peakRss() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
                }
            }
        } catch (IOException | RuntimeException e) {
            return -1;
        }
        return -1;
    }

    /** CPU model, cores, memory, engine, and whether the C allocator was tuned. */
    public static String machine() {
        String cpu = "unknown CPU";
        try {
            List<String> lines = new ArrayList<>(Files.readAllLines(Path.of("/proc/cpuinfo")));
            for (String l : lines) {
                if (l.startsWith("model name")) {
                    cpu = l.substring(l.indexOf(':') + 1).strip();
                    break;
                }
            }
        } catch (IOException e) {
            // not Linux: keep the generic name
        }
        Engine e = Engine.getInstance();
        return String.format(
                Locale.ROOT,
                "%s, %d cores, %d GiB max heap, %s %s, native heap %s",
                cpu,
                Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 30,
                e.getEngineName(),
                e.getVersion(),
                NativeHeap.tune().name().toLowerCase(Locale.ROOT));
    }
}
