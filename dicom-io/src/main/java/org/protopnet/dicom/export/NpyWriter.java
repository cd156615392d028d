package org.protopnet.dicom.export;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.protopnet.dicom.pixel.DType;
import org.protopnet.dicom.pixel.StoredPixels;

/** Writes arrays as NumPy {@code .npy} version 1.0 files (C order, little endian). */
public final class NpyWriter {
    private NpyWriter() {}

    /** Writes stored values with their DICOM dtype and shape. */
    public static void write(Path file, StoredPixels pixels) throws IOException {
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            header(out, pixels.dtype().numpy(), pixels.shape());
            ByteBuffer buf = ByteBuffer.allocate(1 << 16).order(ByteOrder.LITTLE_ENDIAN);
            int n = pixels.size();
            DType t = pixels.dtype();
            for (int i = 0; i < n; i++) {
                if (buf.remaining() < 4) {
                    flush(buf, out);
                }
                switch (t.bytes()) {
                    case 1 -> buf.put(pixels.byteArray()[i]);
                    case 2 -> buf.putShort(pixels.shortArray()[i]);
                    default -> buf.putInt(pixels.intArray()[i]);
                }
            }
            flush(buf, out);
        }
    }

    /** Writes float32 values with {@code shape}. */
    public static void write(Path file, float[] values, int[] shape) throws IOException {
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            header(out, DType.FLOAT32.numpy(), shape);
            ByteBuffer buf = ByteBuffer.allocate(1 << 16).order(ByteOrder.LITTLE_ENDIAN);
            for (float v : values) {
                if (buf.remaining() < 4) {
                    flush(buf, out);
                }
                buf.putFloat(v);
            }
            flush(buf, out);
        }
    }

    private static void flush(ByteBuffer buf, OutputStream out) throws IOException {
        out.write(buf.array(), 0, buf.position());
        buf.clear();
    }

    private static void header(OutputStream out, String descr, int[] shape) throws IOException {
        StringBuilder s = new StringBuilder("(");
        for (int d : shape) {
            s.append(d).append(", ");
        }
        if (shape.length > 1) {
            s.setLength(s.length() - 2);
        } else if (shape.length == 1) {
            s.setLength(s.length() - 1);
        }
        s.append(')');
        String dict = "{'descr': '" + descr + "', 'fortran_order': False, 'shape': " + s + ", }";
        int total = 10 + dict.length() + 1;
        int pad = (64 - total % 64) % 64;
        String header = dict + " ".repeat(pad) + "\n";
        out.write(new byte[] {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y', 1, 0});
        out.write(header.length() & 0xFF);
        out.write(header.length() >> 8);
        out.write(header.getBytes(StandardCharsets.US_ASCII));
    }
}
