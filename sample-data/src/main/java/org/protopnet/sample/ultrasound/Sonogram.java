package org.protopnet.sample.ultrasound;

import java.util.List;
import org.protopnet.sample.LesionBox;

/**
 * A synthetic B-mode scan before storage: 8-bit grey frames (0 outside the sector, at least 1
 * inside), the sector, and one lesion box per frame (empty for a normal case).
 */
public record Sonogram(
        int width, int height, byte[][] frames, Sector sector, List<LesionBox> lesions) {}
