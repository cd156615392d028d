package org.protopnet.model.visual;

import java.awt.image.BufferedImage;
import org.protopnet.model.explain.ActivationMap;

/**
 * Blends an activation map over an image as the authors draw it: {@code 0.5 * image + 0.3 *
 * JET(map)}, the map normalised to [0, 1] first. A map of another size is sampled at the nearest
 * pixel.
 *
 * <pre>
 * BufferedImage overlay = HeatmapOverlay.blend(image, evidence.activation());
 * </pre>
 */
public final class HeatmapOverlay {
    private HeatmapOverlay() {}

    /** A new RGB image of {@code image}'s size. */
    public static BufferedImage blend(BufferedImage image, ActivationMap map) {
        int w = image.getWidth();
        int h = image.getHeight();
        float lo = map.min();
        float range = map.max() - lo;
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < h; y++) {
            int my = Math.min(map.height() - 1, (int) ((y + 0.5) * map.height() / h));
            for (int x = 0; x < w; x++) {
                int mx = Math.min(map.width() - 1, (int) ((x + 0.5) * map.width() / w));
                float v = range > 0 ? (map.get(mx, my) - lo) / range : 0;
                int heat = Jet.rgb(v);
                int px = image.getRGB(x, y);
                out.setRGB(
                        x,
                        y,
                        (mix(px >> 16, heat >> 16) << 16)
                                | (mix(px >> 8, heat >> 8) << 8)
                                | mix(px, heat));
            }
        }
        return out;
    }

    private static int mix(int image, int heat) {
        double v = 0.5 * (image & 0xff) + 0.3 * (heat & 0xff);
        return (int) Math.min(255, Math.round(v));
    }
}
