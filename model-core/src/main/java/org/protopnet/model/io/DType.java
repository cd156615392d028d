package org.protopnet.model.io;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/** The element types the readers accept, with how to widen each to float. */
enum DType {
    F64(8),
    F32(4),
    F16(2),
    BF16(2),
    I64(8),
    I32(4),
    I16(2),
    I8(1),
    U8(1),
    BOOL(1);

    final int bytes;

    DType(int bytes) {
        this.bytes = bytes;
    }

    /** Reads {@code count} elements from {@code buf} (positioned, ordered) as floats. */
    float[] read(ByteBuffer buf, int count) {
        float[] out = new float[count];
        for (int i = 0; i < count; i++) {
            out[i] =
                    switch (this) {
                        case F64 -> (float) buf.getDouble();
                        case F32 -> buf.getFloat();
                        case F16 -> halfToFloat(buf.getShort());
                        case BF16 -> Float.intBitsToFloat((buf.getShort() & 0xffff) << 16);
                        case I64 -> buf.getLong();
                        case I32 -> buf.getInt();
                        case I16 -> buf.getShort();
                        case I8 -> buf.get();
                        case U8, BOOL -> buf.get() & 0xff;
                    };
        }
        return out;
    }

    /** IEEE 754 binary16 to float (Java 17 has no Float.float16ToFloat). */
    static float halfToFloat(short half) {
        int h = half & 0xffff;
        int sign = (h & 0x8000) << 16;
        int exp = (h >>> 10) & 0x1f;
        int mant = h & 0x3ff;
        if (exp == 0x1f) {
            return Float.intBitsToFloat(sign | 0x7f800000 | (mant << 13));
        }
        if (exp == 0) {
            float magnitude = mant * 0x1p-24f;
            return sign == 0 ? magnitude : -magnitude;
        }
        return Float.intBitsToFloat(sign | ((exp + 112) << 23) | (mant << 13));
    }

    /** A buffer over {@code bytes} in {@code order}. */
    static ByteBuffer wrap(byte[] bytes, int offset, int length, ByteOrder order) {
        return ByteBuffer.wrap(bytes, offset, length).order(order);
    }
}
