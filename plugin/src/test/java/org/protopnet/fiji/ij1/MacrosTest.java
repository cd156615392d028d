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
        assertEquals(ClassifyImagePlugIn.class.getName(), ij.commandClass("Classify Image", dir));
        assertEquals(
                BatchClassifyPlugIn.class.getName(),
                ij.commandClass("Batch Classify Studies...", dir));
        assertEquals(ShowPrototypesPlugIn.class.getName(), ij.commandClass("Show Prototypes", dir));
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
    void openDicomStudyMacroSavesATiffWithFramesCalibrationAndNoPatientName() throws Exception {
        Path dcm = TestData.multiFrameDicom(dir.resolve("cine.dcm"), 3);
        Path tif = dir.resolve("cine.tif");
        ij.runMacroFile("open_dicom_study.ijm", "input=[" + dcm + "] output=[" + tif + "]");
        Path info = dir.resolve("info.txt");
        ij.runMacro(
                "open(\""
                        + tif
                        + "\");\n"
                        + "getPixelSize(unit, pw, ph);\n"
                        + "File.saveString(nSlices + \" \" + unit + \" \" + pw + \" \" + ph"
                        + " + \" \" + Stack.getFrameInterval(), \""
                        + info
                        + "\");\n"
                        + "File.saveString(getMetadata(\"Info\"), \""
                        + dir.resolve("tags.txt")
                        + "\");\n",
                "");
        assertEquals("3 mm 0.25 0.5 0.04", Files.readString(info).trim());
        String tags = Files.readString(dir.resolve("tags.txt"));
        assertTrue(tags.contains("Modality: US"), "key tags travel in the TIFF: " + tags);
        assertFalse(tags.contains("Doe"), "no patient name in the saved TIFF: " + tags);
    }

    @Test
    @Order(4)
    void classifyImageMacroSavesFlattenedOverlayPanelAndCsv() throws Exception {
        Path image = firstCase();
        Path out = dir.resolve("classified");
        ij.runMacroFile(
                "classify_image.ijm",
                "model=["
                        + model
                        + "] input=["
                        + image
                        + "] output=["
                        + out
                        + "] top=2 device=cpu");
        String stem = image.getFileName().toString().replace(".png", "");
        assertTrue(Files.size(out.resolve(stem + "-overlay.png")) > 0);
        assertTrue(Files.size(out.resolve(stem + "-panel.png")) > 0);
        List<String> csv = Files.readAllLines(out.resolve(stem + "-results.csv"));
        assertEquals(1 + 2, csv.size(), "header and one row per evidence: " + csv);
        assertTrue(csv.get(0).contains("Contribution"), csv.get(0));
    }

    @Test
    @Order(5)
    void classifyImageMacroUsesTheActiveImageWhenNoInputIsGiven() throws Exception {
        Path image = firstCase();
        Path out = dir.resolve("active");
        Path rows = dir.resolve("rows.txt");
        ij.runMacro(
                "setBatchMode(true);\n"
                        + "open(\""
                        + image
                        + "\");\n"
                        + "rename(\"active case.png\");\n"
                        + "runMacro(\""
                        + HeadlessImageJ.macro("classify_image.ijm").toAbsolutePath()
                        + "\", \"model=["
                        + model
                        + "] output=["
                        + out
                        + "] top=3 device=cpu\");\n"
                        + "File.saveString(\"\" + nResults, \""
                        + rows
                        + "\");\n",
                "");
        assertTrue(Files.size(out.resolve("active_case-overlay.png")) > 0);
        assertEquals("3", Files.readString(rows).trim(), "the Results table the macro sees");
    }

    @Test
    @Order(6)
    void batchClassifyMacroWritesResultsAndRecordsTheBrokenStudy() throws Exception {
        Path studies = dir.resolve("studies");
        Files.createDirectories(studies);
        Path data = dir.resolve("data set");
        try (var cases = Files.walk(data)) {
            List<Path> pngs =
                    cases.filter(p -> p.toString().endsWith(".png")).sorted().limit(3).toList();
            for (Path p : pngs) {
                Files.copy(p, studies.resolve(p.getParent().getFileName() + "-" + p.getFileName()));
            }
        }
        TestData.multiFrameDicom(studies.resolve("cine.dcm"), 2);
        Files.writeString(studies.resolve("broken.dcm"), "not a DICOM file");
        Path out = dir.resolve("batch");
        ij.runMacroFile(
                "batch_classify.ijm",
                "input=["
                        + studies
                        + "] model=["
                        + model
                        + "] output=["
                        + out
                        + "] formats=csv,html"
                        + " top=2 device=cpu");
        String csv = Files.readString(out.resolve("results.csv"));
        assertTrue(csv.contains("cine"), csv);
        assertTrue(Files.exists(out.resolve("report.html")));
        assertTrue(Files.readString(out.resolve("failures.csv")).contains("broken"));
    }

    @Test
    @Order(7)
    void showPrototypesMacroWritesAGalleryPerClass() throws Exception {
        Path out = dir.resolve("gallery");
        ij.runMacroFile("show_prototypes.ijm", "model=[" + model + "] output=[" + out + "]");
        for (String cls : List.of("linear_defect", "normal", "round_lesion")) {
            assertTrue(Files.size(out.resolve("prototypes-" + cls + ".png")) > 0, cls);
        }
        assertTrue(Files.readString(out.resolve("index.html")).contains("prototypes-normal.png"));
    }

    @Test
    @Order(8)
    void pruneMacroWritesThePrunedBundleAndItsReport() throws Exception {
        Path out = dir.resolve("models").resolve("pruned.protopnet");
        ij.runMacroFile(
                "prune.ijm",
                "model=["
                        + model
                        + "] dataset=["
                        + dir.resolve("data set")
                        + "] output=["
                        + out
                        + "] k=6 tau=3 device=cpu");
        assertTrue(Files.size(out) > 0);
        String report = Files.readString(dir.resolve("models").resolve("pruned-prune.txt"));
        assertTrue(report.startsWith("pruned "), report);
        assertTrue(report.contains("accuracy"), report);
    }

    @Test
    @Order(9)
    void aFailingCommandAbortsTheMacroWithOneLine() throws Exception {
        Path after = dir.resolve("after.txt");
        java.io.PrintStream stdout = System.out;
        java.io.ByteArrayOutputStream log = new java.io.ByteArrayOutputStream();
        System.setOut(new java.io.PrintStream(log, true, "UTF-8"));
        try {
            ij.runMacro(
                    "setBatchMode(true);\n"
                            + "run(\"Classify Image\", \"model=["
                            + dir.resolve("missing.protopnet")
                            + "] input=["
                            + firstCase()
                            + "] device=cpu\");\n"
                            + "File.saveString(\"macro went on\", \""
                            + after
                            + "\");\n",
                    "");
        } finally {
            System.setOut(stdout);
        }
        assertFalse(Files.exists(after), "the macro stopped at the failing command");
        String text = log.toString("UTF-8").trim();
        assertEquals(
                "Classify Image: " + dir.resolve("missing.protopnet") + ": no such model file",
                text,
                "one line in the (headless) Log");
    }

    private static Path firstCase() throws Exception {
        try (var cases = Files.walk(dir.resolve("data set").resolve("round_lesion"))) {
            return cases.filter(p -> p.toString().endsWith(".png"))
                    .sorted()
                    .findFirst()
                    .orElseThrow();
        }
    }
}
