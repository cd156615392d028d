package org.protopnet.fiji.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.protopnet.fiji.service.GalleryService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code protopnet prototypes}: the prototype gallery of a model. */
@Command(
        name = "prototypes",
        mixinStandardHelpOptions = true,
        description = {
            "Write the prototype gallery of a model: prototypes-CLASS.png per class (each prototype"
                    + " on its training case, its heat map and the part enlarged) and index.html."
        })
final class PrototypesCommand implements Callable<Integer> {
    @Option(names = "--model", required = true, paramLabel = "FILE", description = "Model bundle.")
    Path model;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output folder.")
    Path out;

    @Override
    public Integer call() throws Exception {
        GalleryService.Outcome o = new GalleryService().write(model, out);
        for (Path p : o.classPictures()) {
            System.out.println("wrote " + p);
        }
        System.out.println("wrote " + o.index() + " (" + o.prototypes() + " prototypes)");
        return ProtoPNetCli.EXIT_OK;
    }
}
