package org.protopnet.model.train;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;
import javax.imageio.ImageIO;

/**
 * Draws the training history as a picture: loss on the left, accuracy on the right, one point per
 * step, the background tinted by phase and pushes marked, so a person sees at a glance whether
 * training converged and what push did to accuracy.
 */
public final class TrainingCurve {
    private static final int W = 1000;
    private static final int H = 420;
    private static final int PAD = 50;
    private static final Color WARM = new Color(255, 243, 214);
    private static final Color JOINT = new Color(225, 238, 255);
    private static final Color LAST = new Color(228, 247, 228);
    private static final Color PUSH = new Color(200, 60, 60);

    private TrainingCurve() {}

    /** The picture as PNG bytes. */
    public static byte[] png(List<EpochMetrics> history) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(render(history), "png", out);
        return out.toByteArray();
    }

    public static BufferedImage render(List<EpochMetrics> history) {
        BufferedImage img = new BufferedImage(W, H, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(
                RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, W, H);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        int half = W / 2;
        panel(
                g,
                history,
                0,
                half,
                "Loss",
                new Series[] {
                    new Series("train total", new Color(30, 90, 200), m -> m.trainLoss().total()),
                    new Series(
                            "train cross entropy",
                            new Color(120, 160, 230),
                            m -> m.trainLoss().crossEntropy()),
                    new Series(
                            "validation total",
                            new Color(230, 120, 20),
                            m -> m.validationLoss().total())
                },
                false);
        panel(
                g,
                history,
                half,
                half,
                "Accuracy",
                new Series[] {
                    new Series("train", new Color(30, 90, 200), EpochMetrics::trainAccuracy),
                    new Series(
                            "validation", new Color(230, 120, 20), EpochMetrics::validationAccuracy)
                },
                true);
        g.dispose();
        return img;
    }

    private record Series(String name, Color color, ToDoubleFunction<EpochMetrics> value) {}

    private static void panel(
            Graphics2D g,
            List<EpochMetrics> h,
            int x0,
            int width,
            String title,
            Series[] series,
            boolean unit) {
        int left = x0 + PAD;
        int right = x0 + width - 20;
        int top = 40;
        int bottom = H - PAD;
        int n = Math.max(1, h.size());
        double lo = unit ? 0 : Double.POSITIVE_INFINITY;
        double hi = unit ? 1 : Double.NEGATIVE_INFINITY;
        if (!unit) {
            for (EpochMetrics m : h) {
                for (Series s : series) {
                    double v = s.value.applyAsDouble(m);
                    if (Double.isFinite(v) && v != 0) {
                        lo = Math.min(lo, v);
                        hi = Math.max(hi, v);
                    }
                }
            }
            if (!Double.isFinite(lo)) {
                lo = 0;
                hi = 1;
            }
            lo = Math.min(0, lo);
            hi = hi <= lo ? lo + 1 : hi;
        }
        double step = (right - left) / (double) n;
        for (int i = 0; i < h.size(); i++) {
            Phase p = h.get(i).step().phase();
            int xa = (int) (left + i * step);
            int xb = (int) (left + (i + 1) * step);
            if (p == Phase.PUSH) {
                g.setColor(PUSH);
                g.fillRect(xa + (xb - xa) / 2 - 1, top, 2, bottom - top);
            } else {
                g.setColor(p == Phase.WARM_UP ? WARM : p == Phase.JOINT ? JOINT : LAST);
                g.fillRect(xa, top, xb - xa + 1, bottom - top);
            }
        }
        g.setColor(Color.DARK_GRAY);
        g.drawRect(left, top, right - left, bottom - top);
        g.drawString(title, left, top - 22);
        for (int t = 0; t <= 4; t++) {
            double v = lo + (hi - lo) * t / 4;
            int y = (int) (bottom - (bottom - top) * t / 4.0);
            g.drawString(
                    String.format(Locale.ROOT, unit ? "%.0f%%" : "%.2f", unit ? v * 100 : v),
                    x0 + 5,
                    y + 4);
        }
        g.drawString("step (warm-up / joint / push | last layer)", left, H - 15);
        int legendX = left + 60;
        for (Series s : series) {
            g.setColor(s.color);
            g.setStroke(new BasicStroke(2f));
            int prevX = -1;
            int prevY = -1;
            for (int i = 0; i < h.size(); i++) {
                double v = s.value.applyAsDouble(h.get(i));
                if (!Double.isFinite(v) || (!unit && v == 0)) {
                    prevX = -1;
                    continue;
                }
                int x = (int) (left + (i + 0.5) * step);
                int y = (int) (bottom - (bottom - top) * (v - lo) / (hi - lo));
                g.fillOval(x - 2, y - 2, 5, 5);
                if (prevX >= 0) {
                    g.drawLine(prevX, prevY, x, y);
                }
                prevX = x;
                prevY = y;
            }
            g.fillRect(legendX, top - 14, 12, 4);
            g.setColor(Color.DARK_GRAY);
            g.drawString(s.name, legendX + 16, top - 9);
            legendX += 20 + g.getFontMetrics().stringWidth(s.name) + 14;
        }
    }
}
