package org.protopnet.fiji.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.protopnet.fiji.service.FrameResult;
import org.protopnet.model.explain.ActivationMap;
import org.protopnet.model.explain.Box;
import org.protopnet.model.explain.Evidence;
import org.protopnet.model.explain.Explanation;

/**
 * Draws a frame's evidence on the image: a heat map where the top prototypes match (weighted by
 * their contribution) and, for each of them, its box labelled with rank, prototype, the prototype's
 * class, similarity and contribution to the predicted class; a title band states the prediction.
 * Small images are enlarged so that labels stay readable.
 *
 * <pre>{@code
 * BufferedImage png = EvidenceOverlays.draw(Pictures.of(frame), result);
 * }</pre>
 */
public final class EvidenceOverlays {
    /** Box colours by rank, chosen to stand out against both grey anatomy and the heat map. */
    static final Color[] RANK_COLOURS = {
        new Color(0, 255, 0),
        new Color(0, 220, 255),
        new Color(255, 0, 255),
        new Color(255, 160, 0),
        new Color(255, 255, 255)
    };

    /** The shorter side of the drawing is at least this many pixels. */
    static final int MIN_SIDE = 480;

    private EvidenceOverlays() {}

    /** The overlay for {@code r} on {@code image} (the frame at its own size). */
    public static BufferedImage draw(BufferedImage image, FrameResult r) {
        Explanation ex = r.explanation();
        List<Evidence> ev = ex.evidence();
        double maxContribution = 0;
        for (Evidence e : ev) {
            maxContribution = Math.max(maxContribution, e.contribution());
        }
        List<ActivationMap> maps = new ArrayList<>();
        double[] weights = new double[ev.size()];
        for (int k = 0; k < ev.size(); k++) {
            maps.add(ev.get(k).activation());
            weights[k] =
                    maxContribution > 0
                            ? Math.max(0, ev.get(k).contribution()) / maxContribution
                            : 0;
        }
        double factor =
                Math.max(1, (double) MIN_SIDE / Math.min(image.getWidth(), image.getHeight()));
        BufferedImage big = Pictures.scaled(image, factor);
        BufferedImage heat = HeatLayer.blend(big, maps, weights);
        int band = 34;
        int legend = 40;
        BufferedImage out =
                new BufferedImage(
                        heat.getWidth(),
                        heat.getHeight() + band + legend,
                        BufferedImage.TYPE_INT_RGB);
        Graphics2D g = Pictures.graphics(out);
        g.setColor(new Color(24, 24, 24));
        g.fillRect(0, 0, out.getWidth(), out.getHeight());
        g.drawImage(heat, 0, band, null);
        g.setFont(Pictures.font(17, true));
        g.setColor(Color.WHITE);
        g.drawString(title(r), 8, 23);
        double sx = (double) heat.getWidth() / r.width();
        double sy = (double) heat.getHeight() / r.height();
        g.setFont(Pictures.font(13, true));
        for (int k = ev.size() - 1; k >= 0; k--) {
            Evidence e = ev.get(k);
            Box b = r.imageBox(e);
            Color c = RANK_COLOURS[k % RANK_COLOURS.length];
            int x0 = (int) Math.round(b.x0() * sx);
            int y0 = (int) Math.round(b.y0() * sy) + band;
            int x1 = (int) Math.round(b.x1() * sx);
            int y1 = (int) Math.round(b.y1() * sy) + band;
            g.setStroke(new BasicStroke(4f));
            g.setColor(Color.BLACK);
            g.drawRect(x0, y0, x1 - x0, y1 - y0);
            g.setStroke(new BasicStroke(2f));
            g.setColor(c);
            g.drawRect(x0, y0, x1 - x0, y1 - y0);
            String text = label(e);
            int tw = g.getFontMetrics().stringWidth(text) + 8;
            int tx = Math.max(4, Math.min(x0, out.getWidth() - tw));
            int ty = y0 - 6 >= band + 14 ? y0 - 6 : Math.min(y1 + 16, band + heat.getHeight() - 4);
            Pictures.label(g, text, tx, ty, c);
        }
        g.setFont(Pictures.font(12, false));
        g.setColor(new Color(210, 210, 210));
        g.drawString("Heat: where the top prototypes match this image.", 8, out.getHeight() - 24);
        g.drawString(
                "Box: rank, prototype, its class, similarity, contribution to the score.",
                8,
                out.getHeight() - 8);
        g.dispose();
        return out;
    }

    /** "1. P7 nodule sim 3.21 +4.08". */
    static String label(Evidence e) {
        return String.format(
                Locale.ROOT,
                "%d. P%d %s  sim %.2f  %+.2f",
                e.rank() + 1,
                e.prototype(),
                e.prototypeClassName(),
                e.similarity(),
                e.contribution());
    }

    private static String title(FrameResult r) {
        Explanation ex = r.explanation();
        String frame = r.frame() > 0 ? "  (frame " + r.frame() + ")" : "";
        return String.format(
                Locale.ROOT,
                "ProtoPNet: %s  %.1f %%%s",
                ex.predictedClass(),
                100 * ex.probabilities()[ex.predicted()],
                frame);
    }
}
