package org.protopnet.dicom.testing;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/** A minimal DICOM RLE encoder for tests: literal runs only, one segment per sample byte. */
public final class Rle {
    private Rle() {}

    /** Encodes one 16-bit grey frame. */
    public static byte[] encode16(short[] px) {
        byte[] hi = new byte[px.length];
        byte[] lo = new byte[px.length];
        for (int i = 0; i < px.length; i++) {
            hi[i] = (byte) (px[i] >> 8);
            lo[i] = (byte) px[i];
        }
        return frame(hi, lo);
    }

    /** Builds a frame from its segments. */
    public static byte[] frame(byte[]... segments) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        ByteBuffer header = ByteBuffer.allocate(64).order(ByteOrder.LITTLE_ENDIAN);
        header.putInt(segments.length);
        for (byte[] s : segments) {
            header.putInt(64 + body.size());
            for (int i = 0; i < s.length; i += 128) {
                int n = Math.min(128, s.length - i);
                body.write(n - 1);
                body.write(s, i, n);
            }
            if (body.size() % 2 == 1) {
                body.write(0x80);
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(header.array());
        out.writeBytes(body.toByteArray());
        return out.toByteArray();
    }
}
