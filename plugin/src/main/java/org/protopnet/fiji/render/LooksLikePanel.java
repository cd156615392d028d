package org.protopnet.fiji.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Locale;
import org.protopnet.fiji.service.FrameResult;
import org.protopnet.model.explain.Box;
import org.protopnet.model.explain.Evidence;
import org.protopnet.model.explain.Explanation;
import org.protopnet.model.push.PrototypeCatalog;
import org.protopnet.model.push.PrototypeRecord;

/**
 * The "this looks like that" sheet of one frame: a row per top evidence with the region of this
 * image (with some context, the region boxed), the prototype's part of its training case, that
 * training case with the part boxed, and the arithmetic (similarity x weight = contribution to the
 * predicted class's score). The pictures of training cases come from the model's catalog, which
 * carries no patient identifiers.
 */
public final class LooksLikePanel {
    static final int CELL = 150;
    static final int GAP = 12;
    static final int TEXT = 330;
    static final int HEADER = 58;

    private LooksLikePanel() {}

    /**
     * The sheet for {@code r} on {@code image} (the frame at its own size); catalog may be null.
     */
    public static BufferedImage render(
            BufferedImage image, FrameResult r, PrototypeCatalog catalog) {
        Explanation ex = r.explanation();
        List<Evidence> ev = ex.evidence();
        int width = GAP + 3 * (CELL + GAP) + TEXT;
        int height = HEADER + Math.max(1, ev.size()) * (CELL + GAP) + GAP;
        BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = Pictures.graphics(out);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.setColor(Color.BLACK);
        g.setFont(Pictures.font(17, true));
        g.drawString(
                String.format(
                        Locale.ROOT,
                        "Why %s (%.1f %%): this looks like that",
                        ex.predictedClass(),
                        100 * ex.probabilities()[ex.predicted()]),
                GAP,
                24);
        g.setFont(Pictures.font(12, false));
        g.setColor(new Color(90, 90, 90));
        int col0 = GAP;
        int col1 = GAP + CELL + GAP;
        int col2 = GAP + 2 * (CELL + GAP);
        int col3 = GAP + 3 * (CELL + GAP);
        g.drawString("this image's region", col0, HEADER - 8);
        g.drawString("looks like this prototype", col1, HEADER - 8);
        g.drawString("from this training case", col2, HEADER - 8);
        g.drawString("score", col3, HEADER - 8);
        for (int k = 0; k < ev.size(); k++) {
            Evidence e = ev.get(k);
            int y = HEADER + k * (CELL + GAP);
            Color c = EvidenceOverlays.RANK_COLOURS[k % EvidenceOverlays.RANK_COLOURS.length];
            g.drawImage(region(image, r.imageBox(e), c), col0, y, null);
            if (catalog != null) {
                try {
                    PrototypeRecord rec = catalog.get(e.prototype());
                    g.drawImage(Pictures.fitted(catalog.patch(e.prototype()), CELL), col1, y, null);
                    BufferedImage src = catalog.source(e.prototype());
                    g.drawImage(
                            Pictures.fittedWithBox(src, rec.activationBox(), c, CELL),
                            col2,
                            y,
                            null);
                } catch (RuntimeException missing) {
                    placeholder(g, col1, y, "no picture");
                }
            } else {
                placeholder(g, col1, y, "no prototype pictures");
            }
            text(g, e, ex, catalog, col3, y);
        }
        g.dispose();
        return out;
    }

    private static void text(
            Graphics2D g, Evidence e, Explanation ex, PrototypeCatalog catalog, int x, int y) {
        g.setColor(Color.BLACK);
        g.setFont(Pictures.font(15, true));
        g.drawString(
                String.format(
                        Locale.ROOT,
                        "%d. prototype %d (%s)",
                        e.rank() + 1,
                        e.prototype(),
                        e.prototypeClassName()),
                x,
                y + 22);
        g.setFont(Pictures.font(13, false));
        g.drawString(String.format(Locale.ROOT, "similarity  %.3f", e.similarity()), x, y + 46);
        g.drawString(String.format(Locale.ROOT, "x weight    %.3f", e.weight()), x, y + 66);
        g.setFont(Pictures.font(13, true));
        g.drawString(
                String.format(
                        Locale.ROOT,
                        "= %+.3f to the score of %s",
                        e.contribution(),
                        ex.predictedClass()),
                x,
                y + 86);
        g.setFont(Pictures.font(12, false));
        g.setColor(new Color(90, 90, 90));
        g.drawString(
                String.format(
                        Locale.ROOT,
                        "(%s score, all prototypes: %.3f)",
                        ex.predictedClass(),
                        ex.logits()[ex.predicted()]),
                x,
                y + 106);
        if (catalog != null) {
            try {
                PrototypeRecord rec = catalog.get(e.prototype());
                String name = rec.sourcePath() == null ? "" : fileName(rec.sourcePath());
                String frame = rec.frame() > 0 ? ", frame " + rec.frame() : "";
                g.drawString("training case: " + name + frame, x, y + 126);
            } catch (RuntimeException missing) {
                // the row already says there is no picture
            }
        }
    }

    private static String fileName(String path) {
        String p = path.replace('\\', '/');
        String name = p.substring(p.lastIndexOf('/') + 1);
        return name.length() > 40 ? "..." + name.substring(name.length() - 37) : name;
    }

    /** The box with half its size of context on each side, the box drawn, fitted to a cell. */
    static BufferedImage region(BufferedImage image, Box b, Color c) {
        int w = image.getWidth();
        int h = image.getHeight();
        int side = Math.max(Math.max(b.width(), b.height()) * 2, Math.min(16, Math.min(w, h)));
        int cx = (b.x0() + b.x1()) / 2;
        int cy = (b.y0() + b.y1()) / 2;
        int x0 = clamp(cx - side / 2, 0, Math.max(0, w - side));
        int y0 = clamp(cy - side / 2, 0, Math.max(0, h - side));
        int cw = Math.min(side, w - x0);
        int ch = Math.min(side, h - y0);
        BufferedImage crop = image.getSubimage(x0, y0, cw, ch);
        double f = (double) CELL / Math.max(cw, ch);
        BufferedImage cell =
                Pictures.resized(crop, (int) Math.round(cw * f), (int) Math.round(ch * f));
        Graphics2D g = Pictures.graphics(cell);
        g.setStroke(new BasicStroke(2.5f));
        g.setColor(c);
        g.drawRect(
                (int) Math.round((b.x0() - x0) * f),
                (int) Math.round((b.y0() - y0) * f),
                (int) Math.round(b.width() * f),
                (int) Math.round(b.height() * f));
        g.dispose();
        return cell;
    }

    private static void placeholder(Graphics2D g, int x, int y, String text) {
        g.setColor(new Color(230, 230, 230));
        g.fillRect(x, y, CELL, CELL);
        g.setColor(Color.DARK_GRAY);
        g.setFont(Pictures.font(12, false));
        g.drawString(text, x + 8, y + CELL / 2);
    }

    private static int clamp(int v, int lo, int hi) {
        return Math.max(lo, Math.min(hi, v));
    }
}
