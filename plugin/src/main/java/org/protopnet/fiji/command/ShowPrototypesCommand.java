package org.protopnet.fiji.command;

import ij.IJ;
import ij.ImagePlus;
import ij.ImageStack;
import ij.process.ColorProcessor;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.protopnet.fiji.service.GalleryService;
import org.scijava.ItemIO;
import org.scijava.command.Command;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;

/**
 * <em>Show Prototypes</em>: a model's prototype gallery, one picture per class (each prototype on
 * its training case, where it matches, the part enlarged), shown as a stack with a slice per class
 * and written with {@code index.html} to the output folder (default: {@code MODEL-prototypes}
 * beside the model). Reads the bundle only; no network is run.
 *
 * <pre>{@code
 * run("Show Prototypes", "model=/models/us.protopnet output=/tmp/gallery");
 * }</pre>
 */
@Plugin(type = Command.class, label = "Show Prototypes", headless = true)
public class ShowPrototypesCommand implements Command {
    @Parameter(label = "Model (*.protopnet)", style = "open")
    File model;

    @Parameter(
            label = "Output (folder for the gallery; empty: MODEL-prototypes beside the model)",
            required = false,
            persist = false,
            style = "directory")
    File output;

    @Parameter(type = ItemIO.OUTPUT, label = "Prototypes")
    ImagePlus gallery;

    @Parameter(type = ItemIO.OUTPUT, label = "Status")
    String status;

    @Override
    public void run() {
        if (model == null) {
            throw new CommandException("Show Prototypes", "no model given");
        }
        Path bundle = model.toPath().toAbsolutePath();
        Path out = output != null ? output.toPath() : defaultFolder(bundle);
        try {
            GalleryService.Outcome o = new GalleryService().write(bundle, out);
            List<ImagePlus> pictures = new ArrayList<>();
            for (Path png : o.classPictures()) {
                ImagePlus imp = IJ.openImage(png.toString());
                if (imp == null) {
                    throw new CommandException("Show Prototypes", png + ": cannot be read back");
                }
                pictures.add(imp);
            }
            gallery = stack(pictures, o.classPictures(), bundle.getFileName() + " prototypes");
            status = o.prototypes() + " prototypes; gallery in " + o.index();
        } catch (CommandException e) {
            throw e;
        } catch (Exception e) {
            throw new CommandException("Show Prototypes", e);
        }
    }

    /** {@code m.protopnet} -> {@code m-prototypes/} beside it. */
    static Path defaultFolder(Path bundle) {
        String name = bundle.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return bundle.resolveSibling((dot > 0 ? name.substring(0, dot) : name) + "-prototypes");
    }

    /** The class pictures as one RGB stack, each on white, labelled by its file. */
    private static ImagePlus stack(List<ImagePlus> pictures, List<Path> files, String title) {
        int w = 1;
        int h = 1;
        for (ImagePlus p : pictures) {
            w = Math.max(w, p.getWidth());
            h = Math.max(h, p.getHeight());
        }
        ImageStack stack = new ImageStack(w, h);
        for (int i = 0; i < pictures.size(); i++) {
            ColorProcessor page = new ColorProcessor(w, h);
            page.setColor(java.awt.Color.WHITE);
            page.fill();
            page.insert(pictures.get(i).getProcessor().convertToRGB(), 0, 0);
            stack.addSlice(files.get(i).getFileName().toString(), page);
        }
        return new ImagePlus(title, stack);
    }
}
