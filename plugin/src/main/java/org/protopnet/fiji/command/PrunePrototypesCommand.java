package org.protopnet.fiji.command;

import ij.IJ;
import ij.measure.ResultsTable;
import java.io.File;
import java.nio.file.Path;
import org.protopnet.fiji.service.PruneService;
import org.protopnet.model.DeviceChoice;
import org.protopnet.model.prune.PruneReport;
import org.scijava.ItemIO;
import org.scijava.command.Command;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;

/**
 * <em>Prune Prototypes…</em>: removes the prototypes whose nearest training patches are mostly of
 * other classes (the authors' rule: of the k nearest, one per image, fewer than tau of its class),
 * retrains the last layer, and writes a new bundle with its report {@code NEW-prune.txt} (accuracy
 * before and after). The removed prototypes, with why, open as "Pruned prototypes".
 *
 * <pre>{@code
 * run("Prune Prototypes...", "model=/models/us.protopnet dataset=/data/us/labels.csv"
 *         + " output=/models/us-pruned.protopnet k=6 tau=3");
 * }</pre>
 */
@Plugin(type = Command.class, label = "Prune Prototypes", headless = true)
public class PrunePrototypesCommand implements Command {
    // -- Parameters (names are the macro keys) --

    @Parameter(label = "Model (*.protopnet to prune)", style = "open")
    File model;

    @Parameter(label = "Dataset (the training data: folder per class or CSV)", style = "open")
    File dataset;

    @Parameter(
            label = "Output (pruned bundle; empty: MODEL-pruned.protopnet)",
            required = false,
            persist = false,
            style = "save")
    File output;

    @Parameter(label = "K (nearest training patches looked at)", min = "1")
    int k = 6;

    @Parameter(label = "Tau (of them, at least this many of its class to stay)", min = "1")
    int tau = 3;

    @Parameter(
            label = "Device",
            choices = {"auto", "cpu", "gpu"})
    String device = "auto";

    @Parameter(type = ItemIO.OUTPUT, label = "Pruned prototypes")
    ResultsTable table;

    @Parameter(type = ItemIO.OUTPUT, label = "Status")
    String status;

    // -- Command methods --

    @Override
    public void run() {
        if (model == null || dataset == null) {
            throw new CommandException("Prune Prototypes", "model and dataset are required");
        }
        if (tau > k) {
            throw new CommandException(
                    "Prune Prototypes", "tau (" + tau + ") cannot exceed k (" + k + ")");
        }
        Path in = model.toPath().toAbsolutePath();
        Path out = output != null ? output.toPath().toAbsolutePath() : defaultOutput(in);
        IJ.showStatus(
                "ProtoPNet: pruning " + in.getFileName() + " (nearest patches, then last layer)");
        PruneService.Outcome o;
        try {
            o =
                    Worker.call(
                            "ProtoPNet pruning",
                            () ->
                                    new PruneService()
                                            .prune(
                                                    in,
                                                    dataset.getPath(),
                                                    out,
                                                    k,
                                                    tau,
                                                    DeviceChoice.parse(device)));
        } catch (Exception e) {
            throw new CommandException("Prune Prototypes", e);
        }
        PruneReport r = o.report();
        table = new ResultsTable();
        for (PruneReport.Pruned p : r.pruned()) {
            row(table, p, "pruned", r.k());
        }
        for (PruneReport.Pruned p : r.spared()) {
            row(table, p, "kept: last of its class", r.k());
        }
        status = r.summary().lines().findFirst().orElse("") + "; wrote " + out;
        for (String line : r.summary().split("\n")) {
            IJ.log("ProtoPNet prune: " + line);
        }
        IJ.showStatus("ProtoPNet: " + status);
    }

    // -- Helper methods --

    private static void row(ResultsTable t, PruneReport.Pruned p, String action, int k) {
        t.incrementCounter();
        t.addValue("Prototype", p.prototype());
        t.addValue("Class", p.className());
        t.addValue("Of its class", p.ofItsClass());
        t.addValue("K", k);
        t.addValue("Action", action);
        t.addValue("Reason", p.reason(k));
    }

    /** {@code m.protopnet} -> {@code m-pruned.protopnet}. */
    static Path defaultOutput(Path model) {
        String name = model.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        return model.resolveSibling(stem + "-pruned.protopnet");
    }
}
