package org.protopnet.fiji.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ij.ImagePlus;
import ij.gui.ImageRoi;
import ij.gui.Overlay;
import ij.gui.Roi;
import ij.gui.TextRoi;
import ij.measure.ResultsTable;
import ij.process.ByteProcessor;
import ij.process.ImageProcessor;
import java.awt.Rectangle;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.protopnet.fiji.ij1.ClassificationView;
import org.protopnet.fiji.service.FrameResult;
import org.protopnet.fiji.service.StudyResult;
import org.protopnet.model.data.PlantedPartSet;
import org.protopnet.model.explain.Box;
import org.protopnet.model.explain.Evidence;
import org.scijava.Context;
import org.scijava.command.CommandModule;
import org.scijava.command.CommandService;

class ClassifyImageCommandTest {
    @TempDir static Path dir;
    static Path model;

    @BeforeAll
    static void trainModel() throws Exception {
        model = TinyModel.train(dir);
    }

    /** A planted-part case stretched to 96 x 72, so that boxes must be mapped, not copied. */
    private static ImagePlus stretchedCase() {
        PlantedPartSet set = new PlantedPartSet(6, 48, 11);
        ImageProcessor ip = new ByteProcessor(TestData.grey(set.load(1)));
        ip.setInterpolationMethod(ImageProcessor.BILINEAR);
        return new ImagePlus("case.png", ip.resize(96, 72));
    }

    private static ClassifyImageCommand runThroughContext(Object... inputs) throws Exception {
        try (Context context = new Context(CommandService.class)) {
            CommandModule m =
                    context.service(CommandService.class)
                            .run(ClassifyImageCommand.class, true, inputs)
                            .get();
            return (ClassifyImageCommand) m.getCommand();
        }
    }

    @Test
    void overlayBoxesAreWhereTheExplanationSays() throws Exception {
        ImagePlus imp = stretchedCase();
        ClassifyImageCommand c =
                runThroughContext("image", imp, "model", model.toFile(), "top", 3, "device", "cpu");
        StudyResult study = c.study();
        FrameResult frame = study.frames().get(0);
        List<Evidence> evidence = frame.explanation().evidence();
        assertEquals(3, evidence.size());
        Overlay overlay = c.result.getOverlay();
        assertNotNull(overlay);
        for (int i = 0; i < evidence.size(); i++) {
            Evidence e = evidence.get(i);
            int rank = i + 1;
            Box b = frame.imageBox(e);
            Roi box = overlay.get("evidence " + rank + " box");
            assertEquals(new Rectangle(b.x0(), b.y0(), b.width(), b.height()), box.getBounds());
            assertTrue(b.x1() <= 96 && b.y1() <= 72, "inside the image: " + b);
            Roi heat = overlay.get("evidence " + rank + " heat map");
            assertTrue(heat instanceof ImageRoi);
            assertEquals(new Rectangle(0, 0, 96, 72), heat.getBounds());
            TextRoi label = (TextRoi) overlay.get("evidence " + rank + " label");
            assertTrue(label.getText().contains("p" + e.prototype() + " "), label.getText());
        }
        assertEquals(96, c.result.getWidth(), "the image keeps its size");
        assertEquals(1, c.panel.getStackSize());
    }

    @Test
    void resultsTableHasProbabilitiesAndEvidence() throws Exception {
        ClassifyImageCommand c =
                runThroughContext(
                        "image",
                        stretchedCase(),
                        "model",
                        model.toFile(),
                        "top",
                        2,
                        "device",
                        "cpu");
        ResultsTable rt = c.table;
        assertEquals(2, rt.size());
        double sum =
                rt.getValue("P(linear_defect)", 0)
                        + rt.getValue("P(normal)", 0)
                        + rt.getValue("P(round_lesion)", 0);
        assertEquals(1.0, sum, 1e-4);
        Evidence first = c.study().frames().get(0).explanation().evidence().get(0);
        assertEquals(first.prototype(), (int) rt.getValue("Prototype", 0));
        assertEquals(first.contribution(), rt.getValue("Contribution", 0), 1e-6);
        assertEquals(c.study().predictedClass(), rt.getStringValue("Predicted", 0));
    }

    @Test
    void multiFrameDicomGivesFramesAndStudyAndSavesFlattenedOverlays() throws Exception {
        Path dcm = TestData.multiFrameDicom(dir.resolve("cine.dcm"), 3);
        Path out = dir.resolve("out");
        ClassifyImageCommand c =
                runThroughContext(
                        "input", dcm.toFile(),
                        "model", model.toFile(),
                        "top", 2,
                        "device", "cpu",
                        "output", out.toFile());
        assertEquals(3, c.study().frames().size());
        assertEquals(3, c.result.getStackSize());
        for (int slice = 1; slice <= 3; slice++) {
            assertEquals(
                    2 * 3 + 0,
                    ClassificationView.on(c.result.getOverlay(), slice).size(),
                    "two evidence (heat, box, label) on frame " + slice);
        }
        ResultsTable rt = c.table;
        assertEquals(3 * 2 + 1, rt.size());
        assertEquals("study", rt.getStringValue("Frame", rt.size() - 1));
        for (int f = 1; f <= 3; f++) {
            Path png = out.resolve(String.format("cine-frame%03d-overlay.png", f));
            ImagePlus flat = new ImagePlus(png.toString());
            assertEquals(40, flat.getWidth());
            assertEquals(ImagePlus.COLOR_RGB, flat.getType(), "flattened overlay");
        }
        List<String> csv = Files.readAllLines(out.resolve("cine-results.csv"));
        assertEquals(3 * 2 + 1 + 1, csv.size(), "header + rows");
        assertTrue(Files.size(out.resolve("cine-frame001-panel.png")) > 0);
    }

    @Test
    void cancelledBeforeTheFirstFrameGivesNoResult() throws Exception {
        ClassifyImageCommand c = new ClassifyImageCommand();
        c.image = stretchedCase();
        c.model = model.toFile();
        c.device = "cpu";
        c.cancel("test");
        c.run();
        assertEquals("cancelled", c.status);
        assertEquals(null, c.result);
    }
}
