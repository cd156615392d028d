package org.protopnet.fiji.service;

import ai.djl.ndarray.NDManager;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.protopnet.model.DeviceChoice;
import org.protopnet.model.bundle.BundleReader;
import org.protopnet.model.bundle.BundleWriter;
import org.protopnet.model.bundle.ModelBundle;
import org.protopnet.model.data.LabeledSet;
import org.protopnet.model.io.AtomicFiles;
import org.protopnet.model.prune.DuplicateMerger;
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

    /**
     * The pruned bundle's file, its report's file, the report, and the duplicate groups merged
     * first (each: the kept prototype, then the ones folded into it; indices before merging).
     */
    public record Outcome(
            Path model, Path reportFile, PruneReport report, List<int[]> mergedDuplicates) {}

    /** Prunes {@code model} with the training images of {@code data} into {@code out}. */
    public Outcome prune(Path model, String data, Path out, int k, int tau, DeviceChoice device)
            throws IOException {
        return prune(model, data, out, k, tau, device, false);
    }

    /**
     * As {@link #prune(Path, String, Path, int, int, DeviceChoice)}, first merging prototypes that
     * push put on the same patch when {@code mergeDuplicates} (logits are unchanged by the merge:
     * the kept prototype takes the others' last-layer weights).
     */
    public Outcome prune(
            Path model,
            String data,
            Path out,
            int k,
            int tau,
            DeviceChoice device,
            boolean mergeDuplicates)
            throws IOException {
        ModelBundle bundle = BundleReader.read(model);
        List<int[]> merged = List.of();
        if (mergeDuplicates) {
            DuplicateMerger.Merge m = DuplicateMerger.merge(bundle);
            bundle = m.bundle();
            merged = m.groups();
        }
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
        String text = mergedText(merged) + r.report().summary();
        AtomicFiles.write(report, text.getBytes(StandardCharsets.UTF_8));
        return new Outcome(out, report, r.report(), merged);
    }

    /** One line per merged duplicate group, or nothing. */
    public static String mergedText(List<int[]> merged) {
        if (merged.isEmpty()) {
            return "";
        }
        StringBuilder s =
                new StringBuilder(
                        "merged "
                                + merged.size()
                                + " group(s) of prototypes pushed onto the same patch (logits"
                                + " unchanged); prototype numbers below are after merging\n");
        for (int[] g : merged) {
            s.append("  kept ").append(g[0]).append(", folded in");
            for (int i = 1; i < g.length; i++) {
                s.append(' ').append(g[i]);
            }
            s.append('\n');
        }
        return s.toString();
    }
}
