package org.protopnet.fiji.command;

import ij.IJ;
import ij.measure.ResultsTable;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.protopnet.fiji.service.BatchListener;
import org.protopnet.fiji.service.BatchOutcome;
import org.protopnet.fiji.service.BatchRequest;
import org.protopnet.fiji.service.BatchService;
import org.protopnet.fiji.service.OutputFormat;
import org.protopnet.model.DeviceChoice;
import org.scijava.ItemIO;
import org.scijava.command.Command;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;

/**
 * <em>Batch Classify Studies…</em>: classifies every study under a folder (DICOM files, study
 * folders, images) with the batch service the command line uses: streamed, resumable, a failure per
 * unreadable study rather than a stop. Writes {@code results.csv} and the chosen formats to the
 * output folder and opens the table as "Batch results". Esc (or {@link #cancel}) stops after the
 * studies in flight; run again with resume to go on.
 *
 * <pre>{@code
 * run("Batch Classify Studies...", "input=/data/studies model=/models/us.protopnet"
 *         + " output=/data/results formats=csv,html,png top=3 workers=1 resume");
 * }</pre>
 */
@Plugin(type = Command.class, label = "Batch Classify Studies", headless = true)
public class BatchClassifyCommand extends CancelableCommand {
    // -- Parameters (names are the macro keys) --

    @Parameter(label = "Input (folder of studies, walked)", style = "directory")
    File input;

    @Parameter(label = "Model (*.protopnet)", style = "open")
    File model;

    @Parameter(label = "Output (folder for the results)", style = "directory")
    File output;

    @Parameter(label = "Formats (csv,json,png,html,dicom)")
    String formats = "csv,html,png";

    @Parameter(label = "Top (evidence per frame)", min = "1")
    int top = 3;

    @Parameter(label = "Workers (studies at once)", min = "1")
    int workers = 1;

    @Parameter(label = "Resume (skip studies already in the output)")
    boolean resume = true;

    @Parameter(label = "Phi (patient name and ID in the outputs)")
    boolean phi;

    @Parameter(
            label = "Device",
            choices = {"auto", "cpu", "gpu"})
    String device = "auto";

    @Parameter(type = ItemIO.OUTPUT, label = "Batch results")
    ResultsTable table;

    @Parameter(type = ItemIO.OUTPUT, label = "Status")
    String status;

    // -- Fields --

    // -- Command methods --

    @Override
    public void run() {
        if (input == null || model == null || output == null) {
            throw new CommandException(
                    "Batch Classify Studies", "input, model and output are required");
        }
        IJ.resetEscape();
        BatchRequest request =
                new BatchRequest(
                        model.toPath(),
                        List.of(input.toPath()),
                        output.toPath(),
                        OutputFormat.parse(List.of(formats)),
                        top,
                        phi,
                        resume,
                        workers,
                        DeviceChoice.parse(device),
                        new Progress(),
                        this::isCanceled);
        BatchOutcome o;
        try {
            o = Worker.call("ProtoPNet batch", () -> new BatchService().run(request));
        } catch (RuntimeException e) {
            throw new CommandException("Batch Classify Studies", e);
        } catch (Exception e) {
            throw new CommandException("Batch Classify Studies", e);
        }
        status =
                String.format(
                        Locale.ROOT,
                        "%s%d classified, %d already done, %d failed; results in %s",
                        o.cancelled() ? "cancelled: " : "",
                        o.classified(),
                        o.skipped(),
                        o.failures().size(),
                        output);
        Path csv = output.toPath().resolve("results.csv");
        if (Files.exists(csv)) {
            try {
                table = ResultsTable.open(csv.toString());
            } catch (java.io.IOException e) {
                IJ.log("ProtoPNet batch: " + csv + ": " + e.getMessage());
            }
        }
        IJ.showStatus("ProtoPNet: " + status);
    }

    // -- Cancelable methods --

    /** Also stopped by Esc, as ImageJ users expect of long work. */
    @Override
    public boolean isCanceled() {
        return super.isCanceled() || IJ.escapePressed();
    }

    // -- Helper classes --

    /** Progress bar per study, a Log line per failure and message. */
    private static final class Progress implements BatchListener {
        private volatile long total;

        @Override
        public void onStart(long studies) {
            total = studies;
            IJ.log("ProtoPNet batch: " + studies + " studies");
        }

        @Override
        public void onStudy(long done, String id, String failure) {
            IJ.showProgress((double) done / Math.max(1, total));
            IJ.showStatus("ProtoPNet batch: " + done + "/" + total + " " + id + " (Esc cancels)");
            if (failure != null) {
                IJ.log("ProtoPNet batch: " + id + " failed: " + failure);
            }
        }

        @Override
        public void onMessage(String message) {
            IJ.log("ProtoPNet batch: " + message);
        }
    }
}
