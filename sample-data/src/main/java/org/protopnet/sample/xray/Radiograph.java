package org.protopnet.sample.xray;

import org.protopnet.sample.LesionBox;
import org.protopnet.sample.raster.Raster;

/**
 * A synthetic radiograph before storage: density (higher is more attenuating, about 0-1), what
 * anatomy it shows, and the lesion box ({@code null} for a normal case).
 */
public record Radiograph(Raster density, String bodyPart, LesionBox lesion) {}
