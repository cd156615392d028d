package org.protopnet.fiji.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.protopnet.fiji.service.FrameResult;
import org.protopnet.model.explain.ActivationMap;
import org.protopnet.model.explain.Box;
import org.protopnet.model.explain.Evidence;
import org.protopnet.model.explain.Explanation;

class EvidenceOverlaysTest {
    /** A 100 x 60 frame whose one evidence peaks at input cells x 10..14, y 4..7 of 20 x 20. */
    static FrameResult frame() {
        float[] v = new float[400];
        for (int y = 4; y < 8; y++) {
            for (int x = 10; x < 15; x++) {
                v[y * 20 + x] = 3f;
            }
        }
        ActivationMap map = new ActivationMap(20, 20, v);
        Evidence e =
                new Evidence(0, 7, 1, "nodule", 3.0, 1.5, 4.5, map, map.percentileBox(95), null);
        Explanation ex =
                new Explanation(
                        1,
                        "nodule",
                        new double[] {0.1, 4.5},
                        new double[] {0.012, 0.988},
                        new double[] {1, 0.2},
                        List.of(),
                        List.of(e));
        return new FrameResult("x.dcm", 0, 100, 60, ex);
    }

    static BufferedImage grey(int w, int h) {
        BufferedImage b = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                b.setRGB(x, y, 0x505050);
            }
        }
        return b;
    }

    @Test
    void theBoxIsDrawnWhereTheEvidencePeaksOnTheEnlargedImageWithHeatInside() {
        FrameResult r = frame();
        assertEquals(new Box(50, 12, 75, 24), r.imageBox(r.explanation().evidence().get(0)));
        BufferedImage out = EvidenceOverlays.draw(grey(100, 60), r);
        int f = 8; // 60 px enlarged to 480
        assertEquals(800, out.getWidth());
        int band = out.getHeight() - 480 - 40;
        Color edge = new Color(out.getRGB(50 * f, band + 18 * f));
        assertEquals(EvidenceOverlays.RANK_COLOURS[0], edge, "rank-1 box edge at x = 50 px");
        Color inside = new Color(out.getRGB(62 * f, band + 18 * f));
        assertTrue(inside.getRed() > inside.getBlue() + 60, "hot inside: " + inside);
        Color far = new Color(out.getRGB(10 * f, band + 50 * f));
        assertEquals(new Color(0x505050), far, "no heat where nothing matches");
    }

    @Test
    void theLooksLikeSheetHasARowPerEvidenceEvenWithoutPrototypePictures() {
        BufferedImage sheet = LooksLikePanel.render(grey(100, 60), frame(), null);
        assertEquals(
                LooksLikePanel.HEADER + LooksLikePanel.CELL + 2 * LooksLikePanel.GAP,
                sheet.getHeight());
        assertTrue(
                EvidenceOverlays.label(frame().explanation().evidence().get(0))
                        .startsWith("1. P7 nodule"));
    }
}
