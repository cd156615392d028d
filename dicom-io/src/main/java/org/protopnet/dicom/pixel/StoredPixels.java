package org.protopnet.dicom.pixel;

/**
 * Stored pixel values shaped (frames, rows, columns[, samples]), samples interleaved, in the
 * element type DICOM allocates; only the stored bits, sign-extended when signed.
 */
public final class StoredPixels {
    private final DType dtype;
    private final int[] shape;
    private final byte[] bytes;
    private final short[] shorts;
    private final int[] ints;
    private final int bitsStored;

    /** Allocates zeroed storage for {@code shape}; the caller has checked the size. */
    public StoredPixels(DType dtype, int[] shape, int bitsStored) {
        this.dtype = dtype;
        this.shape = shape.clone();
        this.bitsStored = bitsStored;
        long n = 1;
        for (int s : shape) {
            n *= s;
        }
        int size = Math.toIntExact(n);
        bytes = dtype.bytes() == 1 ? new byte[size] : null;
        shorts = dtype.bytes() == 2 ? new short[size] : null;
        ints = dtype.bytes() == 4 ? new int[size] : null;
    }

    /** The element type. */
    public DType dtype() {
        return dtype;
    }

    /** The shape, (frames, rows, columns[, samples]). */
    public int[] shape() {
        return shape.clone();
    }

    /** Total number of samples. */
    public int size() {
        return bytes != null ? bytes.length : shorts != null ? shorts.length : ints.length;
    }

    /** Samples per frame. */
    public int frameSize() {
        return size() / shape[0];
    }

    /** The sample at flat index {@code i} as its numeric value. */
    public long get(int i) {
        if (bytes != null) {
            return dtype.signed() ? bytes[i] : bytes[i] & 0xFF;
        }
        if (shorts != null) {
            return dtype.signed() ? shorts[i] : shorts[i] & 0xFFFF;
        }
        return dtype.signed() ? ints[i] : ints[i] & 0xFFFFFFFFL;
    }

    /** Stores raw sample {@code v} at {@code i}, keeping only the stored bits (sign-extended). */
    public void set(int i, int v) {
        int x = clip(v);
        if (bytes != null) {
            bytes[i] = (byte) x;
        } else if (shorts != null) {
            shorts[i] = (short) x;
        } else {
            ints[i] = x;
        }
    }

    /** Copies one frame of interleaved raw samples, keeping only the stored bits. */
    public void setFrame(int frame, int[] samples) {
        int base = frame * frameSize();
        int n = Math.min(samples.length, frameSize());
        int shift = 32 - Math.min(32, bitsStored);
        boolean signed = dtype.signed();
        if (shorts != null) {
            for (int i = 0; i < n; i++) {
                int v = samples[i] << shift;
                shorts[base + i] = (short) (signed ? v >> shift : v >>> shift);
            }
        } else if (bytes != null) {
            for (int i = 0; i < n; i++) {
                int v = samples[i] << shift;
                bytes[base + i] = (byte) (signed ? v >> shift : v >>> shift);
            }
        } else {
            for (int i = 0; i < n; i++) {
                ints[base + i] = clip(samples[i]);
            }
        }
    }

    /**
     * Copies one frame of decoded samples, clamping them into the stored range instead of masking:
     * lossy JPEG 2000 overshoots the range by a little, and wrapping around would turn that into an
     * error of 2^bitsStored.
     */
    public void setFrameClamped(int frame, int[] samples) {
        long lo = dtype.signed() ? -(1L << (bitsStored - 1)) : 0;
        long hi = dtype.signed() ? (1L << (bitsStored - 1)) - 1 : (1L << bitsStored) - 1;
        int[] clamped = new int[Math.min(samples.length, frameSize())];
        for (int i = 0; i < clamped.length; i++) {
            clamped[i] = (int) Math.max(lo, Math.min(hi, samples[i]));
        }
        setFrame(frame, clamped);
    }

    /** Keeps the low {@code bitsStored} bits of {@code v}, sign-extending when signed. */
    public int clip(int v) {
        if (bitsStored >= 32) {
            return v;
        }
        int shift = 32 - bitsStored;
        return dtype.signed() ? (v << shift) >> shift : (v << shift) >>> shift;
    }

    /** The backing array for 8-bit types (shared), or {@code null}. */
    public byte[] byteArray() {
        return bytes;
    }

    /** The backing array for 16-bit types (shared), or {@code null}. */
    public short[] shortArray() {
        return shorts;
    }

    /** The backing array for 32-bit types (shared), or {@code null}. */
    public int[] intArray() {
        return ints;
    }
}
