package org.protopnet.fiji.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.protopnet.fiji.service.GalleryService;
import org.protopnet.fiji.service.NearestPatchesService;
import org.protopnet.model.DeviceChoice;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code protopnet prototypes}: the prototype gallery of a model. */
@Command(
        name = "prototypes",
        mixinStandardHelpOptions = true,
        description = {
            "Write the prototype gallery of a model: prototypes-CLASS.png per class (each prototype"
                    + " on its training case, its heat map and the part enlarged) and index.html.",
            "With --data, also the global analysis: each prototype's --nearest nearest patches"
                    + " (one per image) among the training and the test images of DATA, in"
                    + " nearest.csv and nearest.html."
        })
final class PrototypesCommand implements Callable<Integer> {
    @Option(names = "--model", required = true, paramLabel = "FILE", description = "Model bundle.")
    Path model;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output folder.")
    Path out;

    @Option(
            names = "--data",
            paramLabel = "DATA",
            description = "Data set for the nearest patches (folder, CSV manifest or IDX folder).")
    String data;

    @Option(
            names = "--nearest",
            defaultValue = "6",
            description = "Nearest patches per prototype and split (default: ${DEFAULT-VALUE}).")
    int nearest;

    @Option(
            names = "--device",
            defaultValue = "auto",
            description = "auto, cpu or gpu (default: ${DEFAULT-VALUE}).")
    String device;

    @Override
    public Integer call() throws Exception {
        GalleryService.Outcome o = new GalleryService().write(model, out);
        for (Path p : o.classPictures()) {
            System.out.println("wrote " + p);
        }
        System.out.println("wrote " + o.index() + " (" + o.prototypes() + " prototypes)");
        if (data != null) {
            NearestPatchesService.Outcome n =
                    new NearestPatchesService()
                            .write(model, data, nearest, out, DeviceChoice.parse(device));
            System.out.printf(
                    java.util.Locale.ROOT,
                    "wrote %s and %s (neighbours of the prototype's own class: training %.1f %%,"
                            + " test %.1f %%)%n",
                    n.csv(),
                    n.html(),
                    100 * n.trainPurity(),
                    100 * n.testPurity());
        }
        return ProtoPNetCli.EXIT_OK;
    }
}
