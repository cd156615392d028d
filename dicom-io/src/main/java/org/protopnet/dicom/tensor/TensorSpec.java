package org.protopnet.dicom.tensor;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonParseException;
import java.util.Arrays;
import java.util.Objects;

/**
 * How a decoded image becomes a model input, stored in the model bundle as JSON so that inference
 * applies exactly what training did.
 *
 * <pre>{@code
 * TensorSpec spec = TensorSpec.builder().size(224, 224).resize(Resize.PAD_TO_SQUARE)
 *         .windowing(Windowing.PERCENTILE).percentiles(1, 99).channels(3)
 *         .normalise(new float[] {0.485f, 0.456f, 0.406f}, new float[] {0.229f, 0.224f, 0.225f})
 *         .build();
 * String json = spec.toJson();
 * }</pre>
 */
public final class TensorSpec {
    /** How the image is brought to the target size. */
    public enum Resize {
        /** Scale each axis independently to the target size. */
        STRETCH,
        /** Pad the short side with zeros (centred) to a square, then scale. */
        PAD_TO_SQUARE
    }

    /** How samples are taken when resizing. */
    public enum Interpolation {
        NEAREST,
        BILINEAR
    }

    /** Where the grey-level window comes from. */
    public enum Windowing {
        /** The file's first window (or VOI LUT), else the image's min and max. */
        FILE,
        /** {@link #windowCenter()} and {@link #windowWidth()}. */
        FIXED,
        /** The {@link #lowPercentile()} and {@link #highPercentile()} of the image. */
        PERCENTILE,
        /** The image's min and max. */
        MIN_MAX
    }

    private static final Gson GSON = new GsonBuilder().setPrettyPrinting().create();

    private int version = 1;
    private int width = 224;
    private int height = 224;
    private Resize resize = Resize.STRETCH;
    private Interpolation interpolation = Interpolation.BILINEAR;
    private Windowing windowing = Windowing.FILE;
    private Double windowCenter;
    private Double windowWidth;
    private double lowPercentile = 0.5;
    private double highPercentile = 99.5;
    private boolean invertMonochrome1 = true;
    private int channels = 3;
    private float[] mean = {0f};
    private float[] std = {1f};

    private TensorSpec() {}

    /** A builder starting from the defaults: 224², stretch, bilinear, file window, 3 channels. */
    public static Builder builder() {
        return new Builder(new TensorSpec());
    }

    /** The spec as JSON. */
    public String toJson() {
        return GSON.toJson(this);
    }

    /** Reads a spec from JSON, checking it. */
    public static TensorSpec fromJson(String json) {
        TensorSpec s;
        try {
            s = GSON.fromJson(json, TensorSpec.class);
        } catch (JsonParseException e) {
            throw new IllegalArgumentException("not a tensor spec: " + e.getMessage(), e);
        }
        if (s == null || s.version != 1) {
            throw new IllegalArgumentException("unsupported tensor spec version");
        }
        return s.validate();
    }

    private TensorSpec validate() {
        if (width < 1 || height < 1 || (channels != 1 && channels != 3)) {
            throw new IllegalArgumentException(
                    "tensor spec needs a positive size and 1 or 3 " + "channels");
        }
        if (mean == null
                || std == null
                || mean.length == 0
                || std.length != mean.length
                || (mean.length != 1 && mean.length != channels)) {
            throw new IllegalArgumentException("mean and std need 1 or " + channels + " values");
        }
        for (float s : std) {
            if (!(s > 0)) {
                throw new IllegalArgumentException("std values must be positive");
            }
        }
        Objects.requireNonNull(resize, "resize");
        Objects.requireNonNull(interpolation, "interpolation");
        Objects.requireNonNull(windowing, "windowing");
        if (windowing == Windowing.FIXED
                && (windowCenter == null || windowWidth == null || !(windowWidth > 0))) {
            throw new IllegalArgumentException("a fixed window needs a positive width");
        }
        return this;
    }

    /** Output width (x). */
    public int width() {
        return width;
    }

    /** Output height (y). */
    public int height() {
        return height;
    }

    /** The resize mode. */
    public Resize resize() {
        return resize;
    }

    /** The interpolation. */
    public Interpolation interpolation() {
        return interpolation;
    }

    /** The windowing source. */
    public Windowing windowing() {
        return windowing;
    }

    /** Fixed window centre, NaN unless {@link Windowing#FIXED}. */
    public double windowCenter() {
        return windowCenter == null ? Double.NaN : windowCenter;
    }

    /** Fixed window width, NaN unless {@link Windowing#FIXED}. */
    public double windowWidth() {
        return windowWidth == null ? Double.NaN : windowWidth;
    }

    /** Lower percentile (0-100) for percentile windowing. */
    public double lowPercentile() {
        return lowPercentile;
    }

    /** Upper percentile (0-100) for percentile windowing. */
    public double highPercentile() {
        return highPercentile;
    }

    /** Whether MONOCHROME1 images are inverted so that bright means dense everywhere. */
    public boolean invertMonochrome1() {
        return invertMonochrome1;
    }

    /** Output channels, 1 or 3. */
    public int channels() {
        return channels;
    }

    /** Per-channel mean subtracted after windowing to [0, 1]. */
    public float mean(int c) {
        return mean[mean.length == 1 ? 0 : c];
    }

    /** Per-channel standard deviation divided by. */
    public float std(int c) {
        return std[std.length == 1 ? 0 : c];
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TensorSpec t && toJson().equals(t.toJson());
    }

    @Override
    public int hashCode() {
        return toJson().hashCode();
    }

    /** Builds a {@link TensorSpec}. */
    public static final class Builder {
        private final TensorSpec s;

        private Builder(TensorSpec s) {
            this.s = s;
        }

        /** Output size. */
        public Builder size(int width, int height) {
            s.width = width;
            s.height = height;
            return this;
        }

        /** Resize mode. */
        public Builder resize(Resize r) {
            s.resize = r;
            return this;
        }

        /** Interpolation. */
        public Builder interpolation(Interpolation i) {
            s.interpolation = i;
            return this;
        }

        /** Windowing source. */
        public Builder windowing(Windowing w) {
            s.windowing = w;
            return this;
        }

        /** A fixed window (also selects {@link Windowing#FIXED}). */
        public Builder window(double center, double width) {
            s.windowing = Windowing.FIXED;
            s.windowCenter = center;
            s.windowWidth = width;
            return this;
        }

        /** Percentiles for {@link Windowing#PERCENTILE}. */
        public Builder percentiles(double low, double high) {
            s.lowPercentile = low;
            s.highPercentile = high;
            return this;
        }

        /** Whether to invert MONOCHROME1. */
        public Builder invertMonochrome1(boolean invert) {
            s.invertMonochrome1 = invert;
            return this;
        }

        /** Output channels, 1 or 3. */
        public Builder channels(int c) {
            s.channels = c;
            return this;
        }

        /** Normalisation (one value for all channels, or one per channel). */
        public Builder normalise(float[] mean, float[] std) {
            s.mean = Arrays.copyOf(mean, mean.length);
            s.std = Arrays.copyOf(std, std.length);
            return this;
        }

        /** The checked spec. */
        public TensorSpec build() {
            return fromJson(s.toJson());
        }
    }
}
