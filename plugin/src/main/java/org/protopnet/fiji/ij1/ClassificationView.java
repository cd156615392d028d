package org.protopnet.fiji.ij1;

import ij.IJ;
import ij.ImagePlus;
import ij.ImageStack;
import ij.gui.Overlay;
import ij.gui.Roi;
import ij.io.FileSaver;
import ij.measure.ResultsTable;
import ij.process.ColorProcessor;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.protopnet.fiji.render.LooksLikePanel;
import org.protopnet.fiji.service.FrameResult;
import org.protopnet.fiji.service.InputFile;
import org.protopnet.fiji.service.StudyResult;
import org.protopnet.model.data.RawImage;
import org.protopnet.model.push.PrototypeCatalog;

/**
 * What <em>Classify Image</em> shows and saves for one study: the overlay (every frame's evidence
 * on its own stack position), one overlay per frame for flattening, the "this looks like that"
 * panels, and the files: {@code NAME-overlay.png} (or {@code NAME-frameNNN-overlay.png} per frame),
 * {@code NAME-panel.png} and {@code NAME-results.csv}.
 */
public final class ClassificationView {
    private final ImagePlus display;
    private final StudyResult study;
    private final PrototypeCatalog catalog;

    /**
     * @param catalog the model's prototype pictures, or null (the panel then shows no training
     *     case)
     */
    public ClassificationView(ImagePlus display, StudyResult study, PrototypeCatalog catalog) {
        this.display = display;
        this.study = study;
        this.catalog = catalog;
    }

    /** All frames' evidence; on a stack each element sits on its frame's position. */
    public Overlay overlay() {
        Overlay overlay = new Overlay();
        boolean stack = display.getStackSize() > 1;
        for (FrameResult r : study.frames()) {
            EvidenceRois.addTo(overlay, r, stack ? r.frame() + 1 : 0);
        }
        return overlay;
    }

    /** One overlay per frame, its elements on no particular position (for flattening). */
    public List<Overlay> overlaysPerFrame() {
        List<Overlay> out = new ArrayList<>();
        for (FrameResult r : study.frames()) {
            Overlay o = new Overlay();
            EvidenceRois.addTo(o, r, 0);
            out.add(o);
        }
        return out;
    }

    /** The "this looks like that" panel of each frame. */
    public List<BufferedImage> panels() {
        List<BufferedImage> out = new ArrayList<>();
        for (FrameResult r : study.frames()) {
            int slice = Math.min(display.getStackSize(), r.frame() + 1);
            out.add(LooksLikePanel.render(ImageFrames.picture(display, slice), r, catalog));
        }
        return out;
    }

    // -- Inputs --

    /** Opens {@code path} for display: DICOM files and folders through dicom-io, else ImageJ. */
    public static ImagePlus open(Path path) throws IOException {
        if (Files.isDirectory(path) || InputFile.kind(path) == InputFile.Kind.DICOM) {
            return DicomStudyImage.open(path, false);
        }
        if (!Files.isRegularFile(path)) {
            throw new IOException(path + ": no such file");
        }
        ImagePlus imp = IJ.openImage(path.toString());
        if (imp == null) {
            throw new IOException(path + ": ImageJ cannot open this file");
        }
        return imp;
    }

    /**
     * The frames the model reads for {@code path}: a file as training reads it; a folder as its
     * opened stack.
     */
    public static List<RawImage> frames(Path path, ImagePlus opened) {
        return Files.isDirectory(path) ? ImageFrames.of(opened) : InputFile.frames(path);
    }

    // -- Outputs --

    /** The panels as one image (a stack when there are several frames of one size). */
    public static ImagePlus panel(List<BufferedImage> panels, String title) {
        BufferedImage first = panels.get(0);
        ImageStack stack = new ImageStack(first.getWidth(), first.getHeight());
        for (int i = 0; i < panels.size(); i++) {
            BufferedImage p = panels.get(i);
            if (p.getWidth() != first.getWidth() || p.getHeight() != first.getHeight()) {
                break;
            }
            stack.addSlice("frame " + (i + 1), new ColorProcessor(p));
        }
        return new ImagePlus(title + " - this looks like that", stack);
    }

    /** Saves flattened overlays, the panel(s) and the table into {@code dir}. */
    public static List<Path> save(
            ImagePlus result, List<Overlay> overlays, ImagePlus panel, ResultsTable table, Path dir)
            throws IOException {
        Files.createDirectories(dir);
        String stem = stem(result.getTitle().replace(" (ProtoPNet)", ""));
        List<Path> written = new ArrayList<>();
        int n = overlays.size();
        for (int i = 0; i < n; i++) {
            ImagePlus frame =
                    new ImagePlus(
                            "frame",
                            result.getStack().getProcessor(Math.min(i + 1, result.getStackSize())));
            frame.setDisplayRange(result.getDisplayRangeMin(), result.getDisplayRangeMax());
            frame.setOverlay(overlays.get(i));
            String suffix = n > 1 ? String.format("-frame%03d", i + 1) : "";
            written.add(png(frame.flatten(), dir.resolve(stem + suffix + "-overlay.png")));
        }
        for (int s = 1; s <= panel.getStackSize(); s++) {
            String suffix = panel.getStackSize() > 1 ? String.format("-frame%03d", s) : "";
            ImagePlus one = new ImagePlus("panel", panel.getStack().getProcessor(s));
            written.add(png(one, dir.resolve(stem + suffix + "-panel.png")));
        }
        Path csv = dir.resolve(stem + "-results.csv");
        if (!table.save(csv.toString())) {
            throw new IOException(csv + ": cannot write");
        }
        written.add(csv);
        return written;
    }

    private static Path png(ImagePlus imp, Path file) throws IOException {
        if (!new FileSaver(imp).saveAsPng(file.toString())) {
            throw new IOException(file + ": cannot write");
        }
        return file;
    }

    /** A file-name stem: the title without extension, unsafe characters replaced. */
    static String stem(String title) {
        int dot = title.lastIndexOf('.');
        String s = dot > 0 ? title.substring(0, dot) : title;
        return s.replaceAll("[^A-Za-z0-9._-]", "_");
    }

    /** The elements of {@code overlay} on stack position {@code slice} (or on every position). */
    public static List<Roi> on(Overlay overlay, int slice) {
        List<Roi> out = new ArrayList<>();
        for (Roi r : overlay.toArray()) {
            if (r.getPosition() == 0 || r.getPosition() == slice) {
                out.add(r);
            }
        }
        return out;
    }
}
