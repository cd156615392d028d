package org.protopnet.dicom.testing;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A NumPy array read back for comparison: dtype string, shape and values as doubles. */
public record Npy(String descr, int[] shape, double[] values) {
    private static final Pattern DESCR = Pattern.compile("'descr':\\s*'([^']+)'");
    private static final Pattern SHAPE = Pattern.compile("'shape':\\s*\\(([^)]*)\\)");

    /** Reads a version 1 or 2 .npy file in C order. */
    public static Npy read(Path p) throws IOException {
        byte[] b = Files.readAllBytes(p);
        int major = b[6];
        int hlen =
                major == 1
                        ? (b[8] & 0xFF) | ((b[9] & 0xFF) << 8)
                        : ByteBuffer.wrap(b, 8, 4).order(ByteOrder.LITTLE_ENDIAN).getInt();
        int start = major == 1 ? 10 : 12;
        String header = new String(b, start, hlen, StandardCharsets.US_ASCII);
        Matcher d = DESCR.matcher(header);
        Matcher s = SHAPE.matcher(header);
        if (!d.find() || !s.find()) {
            throw new IOException("bad npy header " + header);
        }
        String descr = d.group(1);
        String[] parts = s.group(1).split(",");
        int[] shape =
                java.util.Arrays.stream(parts)
                        .map(String::trim)
                        .filter(x -> !x.isEmpty())
                        .mapToInt(Integer::parseInt)
                        .toArray();
        long n = 1;
        for (int x : shape) {
            n *= x;
        }
        ByteBuffer buf =
                ByteBuffer.wrap(b, start + hlen, b.length - start - hlen)
                        .slice()
                        .order(
                                descr.startsWith(">")
                                        ? ByteOrder.BIG_ENDIAN
                                        : ByteOrder.LITTLE_ENDIAN);
        double[] v = new double[(int) n];
        String t = descr.substring(1);
        for (int i = 0; i < n; i++) {
            v[i] =
                    switch (t) {
                        case "u1" -> buf.get(i) & 0xFF;
                        case "i1" -> buf.get(i);
                        case "u2" -> buf.getShort(2 * i) & 0xFFFF;
                        case "i2" -> buf.getShort(2 * i);
                        case "u4" -> buf.getInt(4 * i) & 0xFFFFFFFFL;
                        case "i4" -> buf.getInt(4 * i);
                        case "f4" -> buf.getFloat(4 * i);
                        case "f8" -> buf.getDouble(8 * i);
                        default -> throw new IOException("unsupported dtype " + descr);
                    };
        }
        return new Npy(descr, shape, v);
    }
}
