package org.protopnet.fiji.render;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import org.protopnet.model.data.RawImage;

/**
 * Small drawing helpers shared by the renderers: pixels to images, scaling, text with a backdrop.
 */
public final class Pictures {
    private Pictures() {}

    /** An RGB picture of {@code image} (pixels in [0, 1], grey or RGB). */
    public static BufferedImage of(RawImage image) {
        int w = image.width();
        int h = image.height();
        BufferedImage b = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        float[] px = image.pixels();
        int c = image.channels();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int o = (y * w + x) * c;
                int r = byteOf(px[o]);
                int g = c == 3 ? byteOf(px[o + 1]) : r;
                int bl = c == 3 ? byteOf(px[o + 2]) : r;
                b.setRGB(x, y, (r << 16) | (g << 8) | bl);
            }
        }
        return b;
    }

    /** {@code image} scaled by {@code factor} (bilinear), as RGB. */
    public static BufferedImage scaled(BufferedImage image, double factor) {
        int w = Math.max(1, (int) Math.round(image.getWidth() * factor));
        int h = Math.max(1, (int) Math.round(image.getHeight() * factor));
        return resized(image, w, h);
    }

    /** {@code image} resized to w x h (bilinear), as RGB. */
    public static BufferedImage resized(BufferedImage image, int w, int h) {
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        g.setRenderingHint(
                RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(image, 0, 0, w, h, null);
        g.dispose();
        return out;
    }

    /** {@code image} scaled to fit a {@code cell} x {@code cell} square, keeping its aspect. */
    public static BufferedImage fitted(BufferedImage image, int cell) {
        double f = (double) cell / Math.max(image.getWidth(), image.getHeight());
        return resized(
                image,
                Math.max(1, (int) Math.round(image.getWidth() * f)),
                Math.max(1, (int) Math.round(image.getHeight() * f)));
    }

    /**
     * {@code image} fitted to a cell with {@code box} (in the image's own pixels; none when null)
     * drawn in {@code colour}.
     */
    public static BufferedImage fittedWithBox(
            BufferedImage image, org.protopnet.model.explain.Box box, Color colour, int cell) {
        BufferedImage out = fitted(image, cell);
        if (box != null) {
            double f = (double) out.getWidth() / image.getWidth();
            Graphics2D g = graphics(out);
            g.setStroke(new java.awt.BasicStroke(2.5f));
            g.setColor(colour);
            g.drawRect(
                    (int) Math.round(box.x0() * f),
                    (int) Math.round(box.y0() * f),
                    (int) Math.round(box.width() * f),
                    (int) Math.round(box.height() * f));
            g.dispose();
        }
        return out;
    }

    /** A graphics context with antialiased text. */
    public static Graphics2D graphics(BufferedImage image) {
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(
                RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        return g;
    }

    /** The sans-serif font at {@code size} points, bold or plain. */
    public static Font font(int size, boolean bold) {
        return new Font(Font.SANS_SERIF, bold ? Font.BOLD : Font.PLAIN, size);
    }

    /**
     * Draws {@code text} at (x, baseline y) on a dark rounded backdrop so it reads on any image.
     */
    public static void label(Graphics2D g, String text, int x, int y, Color colour) {
        var m = g.getFontMetrics();
        int w = m.stringWidth(text) + 8;
        int h = m.getAscent() + m.getDescent() + 4;
        g.setColor(new Color(0, 0, 0, 190));
        g.fillRoundRect(x - 4, y - m.getAscent() - 2, w, h, 6, 6);
        g.setColor(colour);
        g.drawString(text, x, y);
    }

    private static int byteOf(float v) {
        return Math.max(0, Math.min(255, Math.round(v * 255)));
    }
}
