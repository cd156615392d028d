package org.protopnet.fiji.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.protopnet.fiji.service.FallbackSampleSet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code protopnet sample-data}: writes a synthetic DICOM sample set. */
@Command(
        name = "sample-data",
        mixinStandardHelpOptions = true,
        description = {
            "Write a deterministic synthetic sample set as DICOM: OUT/xray (CR radiographs: normal,"
                    + " nodule, fracture) and OUT/ultrasound, each with labels.csv (path,label,split)"
                    + " and lesions.csv (path,frame,label,x0,y0,x1,y1). Fictitious patients."
        })
final class SampleDataCommand implements Callable<Integer> {
    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output folder.")
    Path out;

    @Option(
            names = "--cases",
            defaultValue = "360",
            description = "Cases per modality (default: ${DEFAULT-VALUE}).")
    int cases;

    @Override
    public Integer call() throws Exception {
        FallbackSampleSet.write(out, cases);
        System.out.println("wrote " + out.resolve("xray") + " and " + out.resolve("ultrasound"));
        return ProtoPNetCli.EXIT_OK;
    }
}
