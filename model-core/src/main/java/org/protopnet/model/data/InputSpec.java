package org.protopnet.model.data;

import java.util.Arrays;
import org.protopnet.model.ModelException;

/**
 * How pixels become the network's input, stored with the model so that inference applies exactly
 * what training did: square size, per-channel mean and standard deviation (after scaling to [0, 1];
 * grey images are replicated to three channels).
 */
public record InputSpec(int imageSize, float[] mean, float[] std) {
    /** ImageNet statistics, which torchvision-pretrained backbones and the authors use. */
    public static final float[] IMAGENET_MEAN = {0.485f, 0.456f, 0.406f};

    public static final float[] IMAGENET_STD = {0.229f, 0.224f, 0.225f};

    public InputSpec {
        if (mean.length != 3 || std.length != 3) {
            throw new ModelException("mean and std need 3 values each (one per channel)");
        }
        for (float s : std) {
            if (!(s > 0)) {
                throw new ModelException("std must be positive, got " + Arrays.toString(std));
            }
        }
        mean = mean.clone();
        std = std.clone();
    }

    /** ImageNet normalisation at {@code imageSize}. */
    public static InputSpec imageNet(int imageSize) {
        return new InputSpec(imageSize, IMAGENET_MEAN, IMAGENET_STD);
    }

    @Override
    public float[] mean() {
        return mean.clone();
    }

    @Override
    public float[] std() {
        return std.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof InputSpec s
                && imageSize == s.imageSize
                && Arrays.equals(mean, s.mean)
                && Arrays.equals(std, s.std);
    }

    @Override
    public int hashCode() {
        return imageSize * 31 + Arrays.hashCode(mean);
    }
}
