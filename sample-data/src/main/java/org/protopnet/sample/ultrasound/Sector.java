package org.protopnet.sample.ultrasound;

/**
 * The field of view of a curvilinear probe: apex (possibly above the image), inner and outer radius
 * and half-angle from the vertical; pixels outside it are black.
 */
public record Sector(double apexX, double apexY, double inner, double outer, double halfAngle) {
    /** Whether the pixel centre ({@code x}, {@code y}) lies in the field, {@code margin} inside. */
    public boolean contains(double x, double y, double margin) {
        double dx = x - apexX;
        double dy = y - apexY;
        double rho = StrictMath.sqrt(dx * dx + dy * dy);
        if (rho < inner + margin || rho > outer - margin || dy <= 0) {
            return false;
        }
        double lateral = rho * StrictMath.sin(halfAngle - Math.abs(StrictMath.atan2(dx, dy)));
        return lateral >= margin;
    }

    /** Distance from the apex. */
    public double depth(double x, double y) {
        double dx = x - apexX;
        double dy = y - apexY;
        return StrictMath.sqrt(dx * dx + dy * dy);
    }

    /** Angle from the vertical through the apex, radians. */
    public double angle(double x, double y) {
        return StrictMath.atan2(x - apexX, y - apexY);
    }
}
