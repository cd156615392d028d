package org.protopnet.fiji.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ij.ImagePlus;
import ij.measure.Calibration;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scijava.Context;
import org.scijava.command.CommandModule;
import org.scijava.command.CommandService;

class OpenDicomStudyCommandTest {
    @TempDir Path dir;

    private static ImagePlus open(Path input, boolean phi) throws Exception {
        try (Context context = new Context(CommandService.class)) {
            CommandModule module =
                    context.service(CommandService.class)
                            .run(
                                    OpenDicomStudyCommand.class,
                                    true,
                                    "input",
                                    input.toFile(),
                                    "phi",
                                    phi)
                            .get();
            return (ImagePlus) module.getOutput("image");
        }
    }

    @Test
    void multiFrameFileBecomesCalibratedStackOfModalityValues() throws Exception {
        ImagePlus imp = open(TestData.multiFrameDicom(dir.resolve("cine.dcm"), 3), false);
        assertEquals(3, imp.getStackSize());
        assertEquals(40, imp.getWidth());
        assertEquals(30, imp.getHeight());
        assertEquals(105f, imp.getStack().getProcessor(2).getPixelValue(5, 2));
        Calibration cal = imp.getCalibration();
        assertEquals("mm", cal.getUnit());
        assertEquals(0.25, cal.pixelWidth, 1e-9, "column spacing");
        assertEquals(0.5, cal.pixelHeight, 1e-9, "row spacing");
        assertEquals(0.04, cal.frameInterval, 1e-9);
        assertEquals(0.0, imp.getDisplayRangeMin(), 1e-6);
        assertEquals(300.0, imp.getDisplayRangeMax(), 1e-6);
    }

    @Test
    void infoListsKeyTagsAndHidesPatientUnlessAsked() throws Exception {
        Path file = TestData.multiFrameDicom(dir.resolve("cine.dcm"), 2);
        String hidden = (String) open(file, false).getProperty("Info");
        assertTrue(hidden.contains("Modality: US"), hidden);
        assertTrue(hidden.contains("Pixel spacing: 0.5\\0.25"), hidden);
        assertFalse(hidden.contains("Doe"), hidden);
        assertFalse(hidden.contains("P-123"), hidden);
        String shown = (String) open(file, true).getProperty("Info");
        assertTrue(shown.contains("Patient name: Doe^Jane"), shown);
    }

    @Test
    void folderOfOneSeriesStacksItsFilesInInstanceOrder() throws Exception {
        Path series = dir.resolve("series");
        TestData.multiFrameDicom(series.resolve("a.dcm"), 1);
        TestData.multiFrameDicom(series.resolve("b.dcm"), 2);
        Files.writeString(series.resolve("notes.txt"), "not DICOM");
        assertEquals(3, open(series, false).getStackSize());
    }

    @Test
    void notDicomIsOneLineNamingTheFile() throws Exception {
        Path bad = Files.writeString(dir.resolve("scan.dcm"), "hello");
        OpenDicomStudyCommand command = new OpenDicomStudyCommand();
        command.input = bad.toFile();
        CommandException e = assertThrows(CommandException.class, command::run);
        assertTrue(e.getMessage().startsWith("Open DICOM Study: "), e.getMessage());
        assertTrue(e.getMessage().contains("scan.dcm"), e.getMessage());
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
    }

    @Test
    void committedSampleStudiesOpenWithTheirColourAndCalibration() throws Exception {
        Path set = Path.of("..", "sample-data", "set");
        org.junit.jupiter.api.Assumptions.assumeTrue(
                Files.isDirectory(set), "SKIPPED: no sample-data/set beside the plugin module");
        ImagePlus us = open(set.resolve("ultrasound/train/cyst/US0002.dcm"), false);
        assertEquals(ImagePlus.COLOR_RGB, us.getType(), "RLE YBR_FULL ultrasound as RGB");
        assertEquals(128, us.getWidth());
        ImagePlus xr = open(set.resolve("xray/train/fracture/XR0003.dcm"), false);
        assertEquals(ImagePlus.GRAY32, xr.getType(), "X-ray as modality values");
        assertEquals(0.2, xr.getCalibration().pixelWidth, 1e-9);
        assertEquals("mm", xr.getCalibration().getUnit());
        assertTrue(((String) xr.getProperty("Info")).contains("Modality: "));
    }
}
