package org.protopnet.fiji.command;

import ij.ImagePlus;
import java.io.File;
import org.protopnet.fiji.ij1.DicomStudyImage;
import org.scijava.ItemIO;
import org.scijava.command.Command;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;

/**
 * <em>Open DICOM Study</em>: a DICOM file (every frame) or a folder of one series, read by
 * dicom-io, as an ImageJ stack with spatial calibration and key tags in the image info.
 *
 * <pre>{@code
 * run("Open DICOM Study", "input=/data/us/cine.dcm");
 * }</pre>
 */
@Plugin(type = Command.class, label = "Open DICOM Study", headless = true)
public class OpenDicomStudyCommand implements Command {
    @Parameter(label = "Input (DICOM file, or folder of one series)", style = "open")
    File input;

    @Parameter(label = "Phi (show patient identifiers in the image info)")
    boolean phi;

    @Parameter(type = ItemIO.OUTPUT, label = "Study")
    ImagePlus image;

    @Override
    public void run() {
        if (input == null) {
            throw new CommandException("Open DICOM Study", "no input file given");
        }
        try {
            image = DicomStudyImage.open(input.toPath(), phi);
        } catch (Exception e) {
            throw new CommandException("Open DICOM Study", e);
        }
    }
}
