package org.protopnet.dicom.pixel;

/** The element type of a stored pixel array, as DICOM allocates it and NumPy names it. */
public enum DType {
    UINT8(1, false, "|u1"),
    INT8(1, true, "|i1"),
    UINT16(2, false, "<u2"),
    INT16(2, true, "<i2"),
    UINT32(4, false, "<u4"),
    INT32(4, true, "<i4"),
    FLOAT32(4, true, "<f4");

    private final int bytes;
    private final boolean signed;
    private final String numpy;

    DType(int bytes, boolean signed, String numpy) {
        this.bytes = bytes;
        this.signed = signed;
        this.numpy = numpy;
    }

    /** Bytes per element. */
    public int bytes() {
        return bytes;
    }

    /** Whether values are signed. */
    public boolean signed() {
        return signed;
    }

    /** The NumPy {@code descr} string (little endian). */
    public String numpy() {
        return numpy;
    }

    /** The integer type for bits allocated (1 counts as 8) and pixel representation. */
    public static DType of(int bitsAllocated, boolean signed) {
        if (bitsAllocated <= 8) {
            return signed ? INT8 : UINT8;
        }
        if (bitsAllocated <= 16) {
            return signed ? INT16 : UINT16;
        }
        return signed ? INT32 : UINT32;
    }
}
