package org.protopnet.fiji.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.protopnet.sample.GeneratorOptions;
import org.protopnet.sample.SampleSetGenerator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code protopnet sample-data}: writes a synthetic DICOM sample set. */
@Command(
        name = "sample-data",
        mixinStandardHelpOptions = true,
        description = {
            "Write a deterministic synthetic sample set as DICOM: OUT/xray (radiographs: normal,"
                    + " nodule, fracture) and OUT/ultrasound (normal, cyst, mass; some multi-frame"
                    + " cines), each with labels.csv (path,label,split) and lesions.csv"
                    + " (path,frame,label,x0,y0,x1,y1). Fictitious patients.",
            "Without --cases: the committed set's counts and seed (the same files as"
                    + " sample-data/set)."
        })
final class SampleDataCommand implements Callable<Integer> {
    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output folder.")
    Path out;

    @Option(
            names = "--cases",
            paramLabel = "N",
            description = "About N studies per modality (60/20/20 train/val/test).")
    Integer cases;

    @Option(
            names = "--seed",
            defaultValue = "20261203",
            description = "Seed (default: ${DEFAULT-VALUE}, the committed set's).")
    long seed;

    @Override
    public Integer call() throws Exception {
        GeneratorOptions o =
                cases == null
                        ? GeneratorOptions.committed()
                        : GeneratorOptions.ofCases(cases, seed);
        if (cases == null && seed != GeneratorOptions.COMMITTED_SEED) {
            o = new GeneratorOptions(seed, o.modalities(), o.xray(), o.ultrasound());
        }
        var set = SampleSetGenerator.generate(out, o);
        System.out.println(
                "wrote "
                        + set.cases().size()
                        + " studies to "
                        + out.resolve("xray")
                        + " and "
                        + out.resolve("ultrasound"));
        return ProtoPNetCli.EXIT_OK;
    }
}
