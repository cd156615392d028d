package org.protopnet.fiji.ij1;

import ij.gui.ImageRoi;
import ij.gui.Overlay;
import ij.gui.Roi;
import ij.gui.TextRoi;
import ij.process.ColorProcessor;
import ij.process.ImageProcessor;
import java.awt.Color;
import java.awt.Font;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.protopnet.fiji.service.FrameResult;
import org.protopnet.model.explain.ActivationMap;
import org.protopnet.model.explain.Box;
import org.protopnet.model.explain.Evidence;
import org.protopnet.model.visual.Jet;

/**
 * One frame's evidence as ImageJ overlay elements: for each of the top prototypes a heat map
 * ({@link ImageRoi}, JET, shown where the activation is in the top quarter of its range, so that
 * several maps do not hide the image), its 95th-percentile box ({@link Roi}, in image pixels as
 * {@link FrameResult#imageBox} maps it) and a label (prototype id, class, similarity,
 * contribution). Every element is named {@code evidence N ...} (N from 1, best first) and placed on
 * its frame.
 */
public final class EvidenceRois {
    /** Box colours by rank: distinct on grey images. */
    private static final Color[] COLOURS = {
        Color.YELLOW, Color.CYAN, Color.MAGENTA, Color.GREEN, Color.ORANGE, Color.PINK, Color.WHITE
    };

    private static final double HEAT_OPACITY = 0.4;
    private static final float HEAT_FLOOR = 0.75f;

    private EvidenceRois() {}

    /** Adds {@code r}'s evidence to {@code overlay} on stack position {@code slice} (0: all). */
    public static void addTo(Overlay overlay, FrameResult r, int slice) {
        for (Roi roi : rois(r)) {
            roi.setPosition(slice);
            overlay.add(roi);
        }
    }

    /** The heat maps, boxes and labels of {@code r}, best evidence first. */
    public static List<Roi> rois(FrameResult r) {
        List<Roi> out = new ArrayList<>();
        List<Evidence> evidence = r.explanation().evidence();
        for (int i = 0; i < evidence.size(); i++) {
            Evidence e = evidence.get(i);
            int rank = i + 1;
            Color colour = COLOURS[i % COLOURS.length];
            ImageRoi heat = heat(e.activation(), r.width(), r.height());
            heat.setName("evidence " + rank + " heat map");
            out.add(heat);
            Box b = r.imageBox(e);
            Roi box = new Roi(b.x0(), b.y0(), b.width(), b.height());
            box.setStrokeColor(colour);
            box.setStrokeWidth(Math.max(1, Math.min(r.width(), r.height()) / 200.0));
            box.setName("evidence " + rank + " box");
            out.add(box);
            int fontSize = Math.max(10, Math.min(r.width(), r.height()) / 24);
            TextRoi text =
                    new TextRoi(
                            b.x0(),
                            Math.max(0, b.y0() - fontSize - 2),
                            label(rank, e),
                            new Font(Font.SANS_SERIF, Font.PLAIN, fontSize));
            int textWidth = text.getBounds().width;
            text.setLocation(
                    Math.max(0, Math.min(b.x0(), r.width() - textWidth)), text.getBounds().y);
            text.setStrokeColor(colour);
            text.setFillColor(new Color(0, 0, 0, 140));
            text.setName("evidence " + rank + " label");
            out.add(text);
        }
        return out;
    }

    /** {@code #1 p7 nodule sim 2.31 contrib +1.20}. */
    public static String label(int rank, Evidence e) {
        return String.format(
                Locale.ROOT,
                "#%d p%d %s sim %.2f contrib %+.2f",
                rank,
                e.prototype(),
                e.prototypeClassName(),
                e.similarity(),
                e.contribution());
    }

    /**
     * The map normalised to its range, in JET where it is in the top quarter of that range (where
     * the prototype matches), transparent elsewhere, scaled to the image.
     */
    static ImageRoi heat(ActivationMap map, int width, int height) {
        float lo = map.min();
        float range = Math.max(1e-12f, map.max() - lo);
        int[] rgb = new int[map.width() * map.height()];
        for (int i = 0; i < rgb.length; i++) {
            float v = (map.values()[i] - lo) / range;
            rgb[i] = v < HEAT_FLOOR ? 0 : (Jet.rgb(v) & 0xFFFFFF) | 0x010101;
        }
        ImageProcessor ip = new ColorProcessor(map.width(), map.height(), rgb);
        ip.setInterpolationMethod(ImageProcessor.NONE);
        ImageProcessor scaled = ip.resize(width, height);
        ImageRoi roi = new ImageRoi(0, 0, scaled);
        roi.setZeroTransparent(true);
        roi.setOpacity(HEAT_OPACITY);
        return roi;
    }
}
