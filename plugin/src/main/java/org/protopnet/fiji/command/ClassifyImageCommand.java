package org.protopnet.fiji.command;

import ij.IJ;
import ij.ImagePlus;
import ij.gui.Overlay;
import ij.measure.ResultsTable;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.protopnet.fiji.ij1.ClassificationView;
import org.protopnet.fiji.ij1.EvidenceTable;
import org.protopnet.fiji.ij1.ImageFrames;
import org.protopnet.fiji.service.FrameResult;
import org.protopnet.fiji.service.ModelSession;
import org.protopnet.fiji.service.StudyResult;
import org.protopnet.model.DeviceChoice;
import org.protopnet.model.data.RawImage;
import org.scijava.ItemIO;
import org.scijava.command.Command;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;

/**
 * <em>Classify Image</em>: classifies the active image, or a chosen DICOM file, study folder or
 * image file, with a model bundle, and explains it: the image with an overlay of the top
 * prototypes' evidence (heat map, box, label), a "this looks like that" panel, and the "Results"
 * table (class probabilities and evidence; per frame and for the whole study when multi-frame).
 * With an output folder it also saves the flattened overlays and the panel (PNG) and the table
 * (CSV), which is what headless runs use.
 *
 * <pre>{@code
 * run("Classify Image", "input=/data/us/cine.dcm model=/models/us.protopnet top=3 output=/tmp/out");
 * }</pre>
 */
@Plugin(type = Command.class, label = "Classify Image", headless = true)
public class ClassifyImageCommand extends CancelableCommand {
    // -- Parameters (names are the macro keys) --

    @Parameter(label = "Image", required = false, persist = false)
    ImagePlus image;

    @Parameter(
            label = "Input (DICOM file, study folder or image file; empty: the active image)",
            required = false,
            persist = false,
            style = "open")
    File input;

    @Parameter(label = "Model (*.protopnet)", style = "open")
    File model;

    @Parameter(label = "Top (evidence rows per frame)", min = "1")
    int top = 5;

    @Parameter(
            label = "Device",
            choices = {"auto", "cpu", "gpu"})
    String device = "auto";

    @Parameter(
            label = "Output (folder for overlay PNGs, panel and CSV; empty: none)",
            required = false,
            persist = false,
            style = "directory")
    File output;

    @Parameter(type = ItemIO.OUTPUT, label = "Explained image")
    ImagePlus result;

    @Parameter(type = ItemIO.OUTPUT, label = "This looks like that")
    ImagePlus panel;

    @Parameter(type = ItemIO.OUTPUT, label = "Results")
    ResultsTable table;

    @Parameter(type = ItemIO.OUTPUT, label = "Status")
    String status;

    // -- Fields --

    private StudyResult study;

    // -- Command methods --

    @Override
    public void run() {
        if (model == null) {
            throw new CommandException("Classify Image", "no model given");
        }
        try {
            Classified c = Worker.call("ProtoPNet classification", this::classify);
            study = c.study;
            result = c.display.duplicate();
            result.setTitle(c.display.getTitle() + " (ProtoPNet)");
            result.setOverlay(c.overlay);
            result.setCalibration(c.display.getCalibration());
            panel = ClassificationView.panel(c.panels, result.getTitle());
            table = new ResultsTable();
            EvidenceTable.add(table, study, c.classes);
            status = summary(study);
            if (output != null) {
                ClassificationView.save(result, c.overlaysPerFrame, panel, table, output.toPath());
            }
            IJ.showStatus("ProtoPNet: " + status);
        } catch (CommandCancelledException e) {
            status = "cancelled";
        } catch (RuntimeException e) {
            throw e instanceof CommandException ? e : new CommandException("Classify Image", e);
        } catch (Exception e) {
            throw new CommandException("Classify Image", e);
        }
    }

    /** The study-level result of the last run (per-frame results inside). */
    public StudyResult study() {
        return study;
    }

    // -- Helper methods --

    private record Classified(
            ImagePlus display,
            StudyResult study,
            List<String> classes,
            Overlay overlay,
            List<Overlay> overlaysPerFrame,
            List<java.awt.image.BufferedImage> panels) {}

    private Classified classify() throws Exception {
        ImagePlus display;
        List<RawImage> frames;
        String source;
        if (input != null) {
            Path path = input.toPath();
            display = ClassificationView.open(path);
            frames = ClassificationView.frames(path, display);
            source = path.getFileName().toString();
        } else if (image != null) {
            display = image;
            frames = ImageFrames.of(image);
            source = image.getTitle();
        } else {
            throw new CommandException("Classify Image", "no image open and no input file given");
        }
        IJ.resetEscape();
        try (ModelSession session = ModelSession.open(model.toPath(), DeviceChoice.parse(device))) {
            List<FrameResult> results = new ArrayList<>();
            for (int i = 0; i < frames.size(); i++) {
                if (isCanceled() || IJ.escapePressed()) {
                    throw new CommandCancelledException("classification cancelled");
                }
                IJ.showStatus("ProtoPNet: classifying frame " + (i + 1) + "/" + frames.size());
                results.add(session.explain(frames.get(i), source, i, top));
                IJ.showProgress(i + 1, frames.size());
            }
            StudyResult s = StudyResult.of(source, results, session.classNames());
            ClassificationView view =
                    new ClassificationView(display, s, session.catalog().orElse(null));
            return new Classified(
                    display,
                    s,
                    session.classNames(),
                    view.overlay(),
                    view.overlaysPerFrame(),
                    view.panels());
        }
    }

    private static String summary(StudyResult s) {
        return String.format(
                Locale.ROOT,
                "%s: %s (p = %.3f)%s",
                s.source(),
                s.predictedClass(),
                s.probabilities()[s.predicted()],
                s.frames().size() > 1 ? ", mean of " + s.frames().size() + " frames" : "");
    }
}
