package org.protopnet.model.data;

import java.util.SplittableRandom;

/**
 * Turns decoded pixels into one network input (3 x S x S, channel-major, normalised) the same way
 * at training and inference: resize (plus augmentation when training), grey replicated to three
 * channels, per-channel mean and standard deviation.
 */
public final class Preprocessor {
    private final InputSpec spec;

    public Preprocessor(InputSpec spec) {
        this.spec = spec;
    }

    public InputSpec spec() {
        return spec;
    }

    /** Values per image: 3 x size x size. */
    public int valuesPerImage() {
        return 3 * spec.imageSize() * spec.imageSize();
    }

    /** Writes the network input for {@code image} (no augmentation) at {@code out[offset..]}. */
    public void prepare(RawImage image, float[] out, int offset) {
        prepare(image, Augmentation.NONE, null, out, offset);
    }

    /** As {@link #prepare(RawImage, float[], int)}, with a random augmentation drawn first. */
    public void prepare(
            RawImage image,
            Augmentation augmentation,
            SplittableRandom random,
            float[] out,
            int offset) {
        int size = spec.imageSize();
        Homography map = Sampler.resizeMap(image, size);
        if (!augmentation.isNone()) {
            map = map.after(augmentation.draw(size, random));
        }
        RawImage resized = Sampler.sample(image, size, map);
        normalise(resized, out, offset);
    }

    /** Channel-major normalised copy of an image already at the model's size. */
    public void normalise(RawImage resized, float[] out, int offset) {
        int size = spec.imageSize();
        int plane = size * size;
        float[] mean = spec.mean();
        float[] std = spec.std();
        float[] px = resized.pixels();
        int c = resized.channels();
        for (int ch = 0; ch < 3; ch++) {
            int src = c == 1 ? 0 : ch;
            float m = mean[ch];
            float s = std[ch];
            int base = offset + ch * plane;
            for (int i = 0; i < plane; i++) {
                out[base + i] = (px[i * c + src] - m) / s;
            }
        }
    }
}
