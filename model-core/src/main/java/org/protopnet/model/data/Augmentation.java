package org.protopnet.model.data;

import java.util.SplittableRandom;

/**
 * Online augmentation of training images: random rotation, shear, perspective skew, scale and (off
 * unless asked for, since mirroring can be clinically wrong) horizontal flip, each switchable by
 * setting its amount to zero.
 *
 * @param rotationDegrees maximum absolute rotation
 * @param shearDegrees maximum absolute horizontal shear
 * @param skew maximum perspective tilt, as a fraction of the image size
 * @param scaleRange maximum relative zoom in or out (0.1 = 90 % to 110 %)
 * @param horizontalFlip mirror half of the images left to right
 */
public record Augmentation(
        double rotationDegrees,
        double shearDegrees,
        double skew,
        double scaleRange,
        boolean horizontalFlip) {

    /** No augmentation. */
    public static final Augmentation NONE = new Augmentation(0, 0, 0, 0, false);

    /** The defaults: 15 degrees rotation, 10 degrees shear, 0.1 skew, 10 % scale, no flip. */
    public static final Augmentation DEFAULT = new Augmentation(15, 10, 0.1, 0.1, false);

    public boolean isNone() {
        return isFlipsOnly() && !horizontalFlip;
    }

    /** No geometric change but horizontal flips (if those are on): an image has two versions. */
    public boolean isFlipsOnly() {
        return rotationDegrees == 0 && shearDegrees == 0 && skew == 0 && scaleRange == 0;
    }

    /**
     * A random map of output-pixel coordinates (on a {@code size} grid) to themselves, centred on
     * the image, drawn from {@code random}.
     */
    public Homography draw(int size, SplittableRandom random) {
        if (isNone()) {
            return Homography.identity();
        }
        double centre = (size - 1) / 2.0;
        Homography t = Homography.identity();
        if (rotationDegrees > 0) {
            t = Homography.rotation(Math.toRadians(symmetric(random, rotationDegrees))).after(t);
        }
        if (shearDegrees > 0) {
            t = Homography.shear(Math.toRadians(symmetric(random, shearDegrees))).after(t);
        }
        if (scaleRange > 0) {
            double s = 1 + symmetric(random, scaleRange);
            t = Homography.scale(s, s).after(t);
        }
        if (skew > 0) {
            double k = skew / Math.max(1, size / 2.0);
            t = Homography.perspective(symmetric(random, k), symmetric(random, k)).after(t);
        }
        if (horizontalFlip && random.nextBoolean()) {
            t = Homography.scale(-1, 1).after(t);
        }
        return Homography.translation(centre, centre)
                .after(t)
                .after(Homography.translation(-centre, -centre));
    }

    private static double symmetric(SplittableRandom random, double max) {
        return (random.nextDouble() * 2 - 1) * max;
    }
}
