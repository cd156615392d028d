package org.protopnet.fiji.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.protopnet.fiji.service.BatchBenchmark;

/** {@code protopnet bench batch}: generates studies, runs the batch over them, prints figures. */
final class BatchBench {
    private BatchBench() {}

    static int run(int studies, Path model, List<Path> keepIn) throws IOException {
        Path work =
                keepIn.isEmpty() ? Files.createTempDirectory("protopnet-bench-") : keepIn.get(0);
        Path in = work.resolve("studies");
        System.out.println("generating " + studies + " DICOM studies in " + in);
        BatchBenchmark.generate(in, studies);
        Path m = model;
        if (m == null) {
            System.out.println(
                    "training a small model (the throughput, not accuracy, is measured)");
            m = BatchBenchmark.trainSmallModel(work, new ConsoleProgress(System.out));
        }
        BatchProgressBar bar = new BatchProgressBar(System.out, "bench");
        BatchBenchmark.Result r = BatchBenchmark.run(m, in, work.resolve("out"), 2, bar);
        bar.finish();
        System.out.println(r.summary());
        System.out.println("outputs: " + work.resolve("out"));
        return ProtoPNetCli.EXIT_OK;
    }
}
