package org.protopnet.fiji.ij1;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.protopnet.fiji.command.TestData;

/**
 * The macros in {@code macros/} run in a real, headless ImageJ 1.54 (ij1-patcher) and are judged by
 * the files they leave: ImageJ's {@code -batch} exit status says nothing about macro errors. One
 * ImageJ and one trained model for the whole class, in order.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MacrosTest {
    @TempDir static Path dir;
    static HeadlessImageJ ij;
    static Path model;

    @BeforeAll
    static void startImageJ() throws Exception {
        ij = new HeadlessImageJ();
        model = dir.resolve("models").resolve("planted parts.protopnet");
    }

    @Test
    @Order(1)
    void menuCommandsRunTheBridges() throws Exception {
        assertEquals(
                OpenDicomStudyPlugIn.class.getName(), ij.commandClass("Open DICOM Study...", dir));
        assertEquals(TrainModelPlugIn.class.getName(), ij.commandClass("Train Model...", dir));
    }

    @Test
    @Order(2)
    void trainMacroWritesBundleHistoryCurveAndLog() throws Exception {
        Path data = TestData.classFolders(dir.resolve("data set"), 150);
        ij.runMacroFile(
                "train.ijm",
                "dataset=["
                        + data
                        + "] model=["
                        + model
                        + "] backbone=small_cnn size=48 prototypes=2 epochs=2 batch=32"
                        + " augment=false device=cpu");
        assertTrue(Files.size(model) > 0, "model written");
        Path history = model.resolveSibling("planted parts-history.csv");
        Path log = model.resolveSibling("planted parts-training.log");
        assertTrue(Files.exists(model.resolveSibling("planted parts-curve.png")));
        List<String> rows = Files.readAllLines(history);
        assertTrue(rows.size() > 3, "a row per step: " + rows);
        String text = Files.readString(log);
        assertTrue(text.contains("push"), text);
        assertTrue(text.contains("trained planted parts.protopnet"), text);
    }

    @Test
    @Order(3)
    void openDicomStudyThenSaveAsTiffKeepsFramesAndCalibration() throws Exception {
        Path dcm = TestData.multiFrameDicom(dir.resolve("cine.dcm"), 3);
        Path tif = dir.resolve("cine.tif");
        ij.runMacro(
                "setBatchMode(true);\n"
                        + "run(\"Open DICOM Study...\", \"input=["
                        + dcm
                        + "]\");\n"
                        + "getPixelSize(unit, pw, ph);\n"
                        + "File.saveString(nSlices + \" \" + unit + \" \" + pw + \" \" + ph, \""
                        + dir.resolve("info.txt")
                        + "\");\n"
                        + "saveAs(\"Tiff\", \""
                        + tif
                        + "\");\n",
                "");
        assertEquals("3 mm 0.25 0.5", Files.readString(dir.resolve("info.txt")).trim());
        assertTrue(Files.size(tif) > 3 * 40 * 30 * 4, "three float frames saved");
        assertFalse(
                Files.readString(tif, java.nio.charset.StandardCharsets.ISO_8859_1)
                        .contains("Doe^Jane"),
                "no patient name in the saved TIFF");
    }
}
