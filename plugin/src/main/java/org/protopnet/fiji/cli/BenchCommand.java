package org.protopnet.fiji.cli;

import java.util.concurrent.Callable;
import org.protopnet.model.bench.BenchConfig;
import org.protopnet.model.bench.ThroughputBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code protopnet bench}: prints throughput figures. */
@Command(
        name = "bench",
        mixinStandardHelpOptions = true,
        description = {
            "Measure throughput: 'train' (joint-phase step: forward, loss, backward, Adam) or 'infer'"
                    + " (forward, no gradient), in images/s as the median of timed iterations after"
                    + " warm-up, with peak memory and the machine.",
            "'dicom FILE...': decode throughput (MB/s of pixel data) beside dcmtk/gdcm on the same files.",
            "'push': seconds to push every prototype over the first --images Fashion-MNIST training"
                    + " images (median of --repeats), plus drawing the prototype catalog.",
            "'explain': latency of one full explanation of one image (score sheets, top --top"
                    + " evidence with activation maps and boxes), median of --iterations.",
            "'batch': the headless batch over --studies generated DICOM studies (every output on):"
                    + " studies/min and peak heap; --model M, else a small model trained first.",
            "Config S: ResNet-18, 64 px, 10 classes x 10 x 64, batch 64."
                    + " Config P: ResNet-34, 224 px, 200 classes x 10 x 128, batch 16."
        })
final class BenchCommand implements Callable<Integer> {
    @Parameters(
            index = "0",
            paramLabel = "WHAT",
            description = "train, infer, push, explain, dicom or batch")
    String what;

    @Parameters(
            index = "1..*",
            arity = "0..*",
            paramLabel = "FILE",
            description = "dicom: the DICOM files to decode")
    java.util.List<java.nio.file.Path> files = new java.util.ArrayList<>();

    @Option(
            names = "--seconds",
            defaultValue = "3",
            description = "dicom: seconds of decoding per file (default: ${DEFAULT-VALUE}).")
    double seconds;

    @Option(
            names = "--config",
            defaultValue = "S",
            description = "S or P (default: ${DEFAULT-VALUE}).")
    String config;

    @Option(
            names = "--warmup",
            defaultValue = "3",
            description = "Untimed iterations (default: ${DEFAULT-VALUE}).")
    int warmup;

    @Option(
            names = "--iterations",
            defaultValue = "10",
            description = "Timed iterations (default: ${DEFAULT-VALUE}).")
    int iterations;

    @Option(
            names = "--device",
            defaultValue = "auto",
            description = "auto|cpu|gpu (default: ${DEFAULT-VALUE}).")
    String device;

    @Option(
            names = "--images",
            defaultValue = "6000",
            description =
                    "push: Fashion-MNIST training images to push over (default: ${DEFAULT-VALUE}).")
    int images;

    @Option(
            names = "--repeats",
            defaultValue = "3",
            description = "push: timed pushes (default: ${DEFAULT-VALUE}).")
    int repeats;

    @Option(
            names = "--top",
            defaultValue = "5",
            description = "explain: evidence items per explanation (default: ${DEFAULT-VALUE}).")
    int top;

    @Option(
            names = "--data",
            defaultValue = "/usr/share/datasets/fashion-mnist",
            description = "push, explain: the Fashion-MNIST folder (default: ${DEFAULT-VALUE}).")
    java.nio.file.Path data;

    @Option(
            names = "--studies",
            defaultValue = "1000",
            description = "batch: studies generated (default: ${DEFAULT-VALUE}).")
    int studies;

    @Option(names = "--model", paramLabel = "FILE", description = "batch: the model to run.")
    java.nio.file.Path model;

    @Override
    public Integer call() throws java.io.IOException {
        if (what.equals("push")) {
            System.out.println(
                    org.protopnet.model.bench.PushBenchmark.run(
                                    data,
                                    images,
                                    BenchConfig.of(config),
                                    repeats,
                                    org.protopnet.model.DeviceChoice.parse(device).resolve())
                            .summary());
            return ProtoPNetCli.EXIT_OK;
        }
        if (what.equals("explain")) {
            System.out.println(
                    org.protopnet.model.bench.ExplainBenchmark.run(
                                    data,
                                    BenchConfig.of(config),
                                    top,
                                    warmup,
                                    iterations,
                                    org.protopnet.model.DeviceChoice.parse(device).resolve())
                            .summary());
            return ProtoPNetCli.EXIT_OK;
        }
        if (what.equals("batch")) {
            return BatchBench.run(studies, model, files);
        }
        if (what.equals("dicom")) {
            if (files.isEmpty()) {
                throw new IllegalArgumentException("bench dicom needs DICOM files to decode");
            }
            System.out.print(
                    org.protopnet.dicom.cli.DecodeBenchmark.format(
                            org.protopnet.dicom.cli.DecodeBenchmark.run(files, seconds)));
            return ProtoPNetCli.EXIT_OK;
        }
        ThroughputBenchmark.Result r =
                ThroughputBenchmark.run(
                        what,
                        BenchConfig.of(config),
                        warmup,
                        iterations,
                        org.protopnet.model.DeviceChoice.parse(device).resolve());
        System.out.println(r.summary());
        return ProtoPNetCli.EXIT_OK;
    }
}
