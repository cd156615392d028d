package org.protopnet.fiji.cli;

import ai.djl.ndarray.NDManager;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.protopnet.model.bundle.BundleWriter;
import org.protopnet.model.bundle.ModelBundle;
import org.protopnet.model.nn.WeightLoader;
import org.protopnet.model.reference.ReferenceImport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code protopnet import-reference}: a model trained with the authors' code, as a bundle. */
@Command(
        name = "import-reference",
        mixinStandardHelpOptions = true,
        description =
                "Import a model trained with the authors' PyTorch ProtoPNet (state_dict as .npz"
                        + " + settings JSON; see scripts/export_reference_model.py).")
final class ImportReferenceCommand implements Callable<Integer> {
    @Option(names = "--state-dict", required = true, paramLabel = "NPZ")
    Path stateDict;

    @Option(
            names = "--settings",
            required = true,
            paramLabel = "JSON",
            description = "{\"config\": {...}, \"preprocessing\": {...}}")
    Path settings;

    @Option(names = "--out", required = true, paramLabel = "FILE")
    Path out;

    @Option(
            names = "--classes",
            split = ",",
            description = "Class names in label order (default: class_0, class_1, ...).")
    List<String> classes;

    @Override
    public Integer call() throws Exception {
        try (NDManager manager = NDManager.newBaseManager()) {
            var ref = ReferenceImport.load(stateDict, settings, manager.newSubManager());
            int n = ref.network().spec().numClasses();
            List<String> names = classes;
            if (names == null) {
                names = new ArrayList<>();
                for (int c = 0; c < n; c++) {
                    names.add("class_" + c);
                }
            }
            ModelBundle bundle =
                    new ModelBundle(
                            ref.network().spec(),
                            ref.input(),
                            names,
                            WeightLoader.export(ref.network(), stateDict.toString()),
                            null,
                            Map.of());
            BundleWriter.write(bundle, out);
            System.out.println("imported " + ref.network().spec() + " -> " + out);
            ref.network().close();
            return ProtoPNetCli.EXIT_OK;
        }
    }
}
