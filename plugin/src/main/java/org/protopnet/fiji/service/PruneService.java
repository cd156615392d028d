package org.protopnet.fiji.service;

import ai.djl.ndarray.NDManager;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.protopnet.model.DeviceChoice;
import org.protopnet.model.bundle.BundleReader;
import org.protopnet.model.bundle.BundleWriter;
import org.protopnet.model.bundle.ModelBundle;
import org.protopnet.model.data.LabeledSet;
import org.protopnet.model.io.AtomicFiles;
import org.protopnet.model.prune.PrototypePruner;
import org.protopnet.model.prune.PruneReport;

/**
 * Prunes a model's impure prototypes (the authors' rule: of its k nearest training patches, one per
 * image, fewer than tau are of its class), retrains the last layer, and writes the new bundle with
 * its report ({@code M-prune.txt}): what was removed and why, accuracy before and after.
 *
 * <pre>{@code
 * PruneService.Outcome o = new PruneService().prune(model, "data/labels.csv", out, 6, 3, DeviceChoice.AUTO);
 * }</pre>
 */
public final class PruneService {
    static {
        DicomImages.register();
    }

    /** The pruned bundle's file, its report's file, and the report. */
    public record Outcome(Path model, Path reportFile, PruneReport report) {}

    /** Prunes {@code model} with the training images of {@code data} into {@code out}. */
    public Outcome prune(Path model, String data, Path out, int k, int tau, DeviceChoice device)
            throws IOException {
        ModelBundle bundle = BundleReader.read(model);
        LabeledSet set = DataSources.open(data, 0);
        PrototypePruner.Options paper = PrototypePruner.Options.paper();
        PrototypePruner.Options options =
                new PrototypePruner.Options(
                        k, tau, paper.lastLayerEpochs(), paper.lastLayerLr(), paper.batchSize());
        PrototypePruner.Result r;
        try (NDManager manager = NDManager.newBaseManager(device.resolve())) {
            r = PrototypePruner.prune(bundle, set, options, manager);
        }
        BundleWriter.write(r.bundle(), out);
        Path report = TrainingService.sibling(out, "-prune.txt");
        AtomicFiles.write(report, r.report().summary().getBytes(StandardCharsets.UTF_8));
        return new Outcome(out, report, r.report());
    }
}
