package org.protopnet.fiji.render;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Locale;
import org.protopnet.model.push.PrototypeCatalog;
import org.protopnet.model.push.PrototypeRecord;

/**
 * One class's prototypes as a picture: a row per prototype with its training case (the part boxed),
 * the heat map of where it matches in that case, the part itself enlarged, and a caption (prototype
 * number, source case, frame, last-layer weight to its class). What a user checks before trusting a
 * model: does each prototype sit on something that means the class?
 */
public final class PrototypeGallery {
    static final int CELL = 170;
    static final int GAP = 12;
    static final int TEXT = 300;
    static final int HEADER = 40;

    private PrototypeGallery() {}

    /**
     * The sheet of {@code records} (one class's prototypes); {@code weight[j]} is prototype j's
     * last-layer weight to its own class, or null when unknown.
     */
    public static BufferedImage draw(
            String className, List<PrototypeRecord> records, PrototypeCatalog c, double[] weight) {
        int width = GAP + 3 * (CELL + GAP) + TEXT;
        int height = HEADER + Math.max(1, records.size()) * (CELL + GAP) + GAP;
        BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = Pictures.graphics(out);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.setColor(Color.BLACK);
        g.setFont(Pictures.font(18, true));
        g.drawString("Prototypes of class " + className + " (" + records.size() + ")", GAP, 26);
        for (int k = 0; k < records.size(); k++) {
            PrototypeRecord r = records.get(k);
            int y = HEADER + k * (CELL + GAP);
            int x = GAP;
            g.drawImage(
                    Pictures.fittedWithBox(
                            c.source(r.prototype()), r.activationBox(), new Color(0, 255, 0), CELL),
                    x,
                    y,
                    null);
            g.drawImage(Pictures.fitted(c.overlay(r.prototype()), CELL), x + CELL + GAP, y, null);
            g.drawImage(
                    Pictures.fitted(c.patch(r.prototype()), CELL), x + 2 * (CELL + GAP), y, null);
            int tx = x + 3 * (CELL + GAP);
            g.setColor(Color.BLACK);
            g.setFont(Pictures.font(15, true));
            g.drawString("prototype " + r.prototype(), tx, y + 22);
            g.setFont(Pictures.font(12, false));
            g.drawString("training case: " + fileName(r.sourcePath()), tx, y + 44);
            if (r.frame() > 0) {
                g.drawString("frame " + r.frame(), tx, y + 62);
            }
            if (weight != null) {
                g.drawString(
                        String.format(
                                Locale.ROOT,
                                "weight to %s: %.3f",
                                className,
                                weight[r.prototype()]),
                        tx,
                        y + 80);
            }
            g.setColor(new Color(100, 100, 100));
            g.drawString("left: the case, the part boxed", tx, y + 110);
            g.drawString("middle: where it matches (heat)", tx, y + 126);
            g.drawString("right: the part, enlarged", tx, y + 142);
        }
        g.dispose();
        return out;
    }

    static String fileName(String path) {
        if (path == null) {
            return "";
        }
        String p = path.replace('\\', '/');
        String name = p.substring(p.lastIndexOf('/') + 1);
        return name.length() > 36 ? "..." + name.substring(name.length() - 33) : name;
    }
}
