package org.protopnet.fiji.service;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import org.protopnet.model.DeviceChoice;
import org.protopnet.model.data.Augmentation;
import org.protopnet.model.data.InputSpec;
import org.protopnet.model.nn.AddOnType;
import org.protopnet.model.nn.Architecture;
import org.protopnet.model.nn.SimilarityFunction;
import org.protopnet.model.train.TrainingConfig;
import org.protopnet.model.train.TrainingListener;
import org.protopnet.sample.GeneratorOptions;
import org.protopnet.sample.SampleSetGenerator;

/**
 * Measures the headless batch: studies per minute and peak Java heap over a generated sample set
 * (X-ray and ultrasound DICOM studies, some multi-frame), with every output on (table, pictures,
 * report, Secondary Captures). Prints figures; it asserts nothing.
 */
public final class BatchBenchmark {
    /** What was measured. */
    public record Result(
            int studies,
            int workers,
            double seconds,
            long peakHeapBytes,
            long heapAfterBytes,
            long classified,
            int failed) {
        /** Studies per minute. */
        public double studiesPerMinute() {
            return studies / seconds * 60;
        }

        /** One paragraph for a terminal. */
        public String summary() {
            return String.format(
                    Locale.ROOT,
                    "bench batch: %d studies (%d failed), %d workers: %.1f s, %.1f studies/min;"
                            + " peak heap %.0f MiB, heap after GC %.0f MiB (max %.0f MiB);"
                            + " %d cores, Java %s",
                    studies,
                    failed,
                    workers,
                    seconds,
                    studiesPerMinute(),
                    peakHeapBytes / 1048576.0,
                    heapAfterBytes / 1048576.0,
                    Runtime.getRuntime().maxMemory() / 1048576.0,
                    Runtime.getRuntime().availableProcessors(),
                    System.getProperty("java.version"));
        }
    }

    private BatchBenchmark() {}

    /** Classifies every study under {@code studies} into {@code out} and measures it. */
    public static Result run(
            Path model, Path studies, Path out, int workers, BatchListener listener)
            throws IOException {
        System.gc();
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            p.resetPeakUsage();
        }
        long start = System.nanoTime();
        BatchOutcome o =
                new BatchService()
                        .run(
                                new BatchRequest(
                                        model,
                                        List.of(studies),
                                        out,
                                        EnumSet.of(
                                                OutputFormat.CSV,
                                                OutputFormat.PNG,
                                                OutputFormat.HTML,
                                                OutputFormat.DICOM),
                                        3,
                                        false,
                                        false,
                                        workers,
                                        DeviceChoice.AUTO,
                                        listener,
                                        () -> false));
        double seconds = (System.nanoTime() - start) / 1e9;
        long peak = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) {
                peak += p.getPeakUsage().getUsed();
            }
        }
        System.gc();
        long after = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        int total = (int) (o.classified() + o.failures().size());
        return new Result(
                total, workers, seconds, peak, after, o.classified(), o.failures().size());
    }

    /**
     * Writes about {@code count} sample studies (half X-ray, half ultrasound, some multi-frame)
     * with the sample-data generator.
     */
    public static void generate(Path dir, int count) throws IOException {
        SampleSetGenerator.generate(dir, GeneratorOptions.ofCases((count + 1) / 2, 11));
    }

    /** Trains a small model quickly (seconds): the throughput, not the accuracy, is measured. */
    public static Path trainSmallModel(Path dir, TrainingListener listener) throws IOException {
        Path model = dir.resolve("bench.protopnet");
        new TrainingService()
                .train(
                        new TrainingRequest(
                                "synthetic:240",
                                0,
                                model,
                                new NetworkOptions(
                                        Architecture.SMALL_CNN,
                                        64,
                                        4,
                                        32,
                                        AddOnType.REGULAR,
                                        SimilarityFunction.LOG),
                                new InputSpec(
                                        64,
                                        new float[] {0.45f, 0.45f, 0.45f},
                                        new float[] {0.2f, 0.2f, 0.2f}),
                                TrainingConfig.builder()
                                        .epochs(2)
                                        .warmEpochs(1)
                                        .lastLayerEpochs(2)
                                        .batchSize(32)
                                        .augmentation(Augmentation.NONE)
                                        .seed(5)
                                        .build(),
                                null,
                                dir.resolve("checkpoints"),
                                false,
                                DeviceChoice.AUTO,
                                listener,
                                () -> false));
        return model;
    }
}
