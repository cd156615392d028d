package org.protopnet.model.io;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * NumPy's {@code .npy} format (versions 1 to 3): reads little- and big-endian floats, integers and
 * booleans in C order; writes float32. Every length in the header is checked against the bytes
 * actually present.
 */
public final class Npy {
    private static final byte[] MAGIC = {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y'};
    private static final Pattern DESCR = Pattern.compile("'descr'\\s*:\\s*'([<>|=])([a-z])(\\d+)'");
    private static final Pattern FORTRAN = Pattern.compile("'fortran_order'\\s*:\\s*(True|False)");
    private static final Pattern SHAPE = Pattern.compile("'shape'\\s*:\\s*\\(([^)]*)\\)");

    private Npy() {}

    /** Parses one {@code .npy} image held in {@code bytes}; {@code source} names it in errors. */
    public static HostTensor read(byte[] bytes, String source) {
        if (bytes.length < 10 || !startsWithMagic(bytes)) {
            throw new TensorFormatException(
                    source + ": not a .npy file (no \\x93NUMPY magic at offset 0)");
        }
        int major = bytes[6] & 0xff;
        int headerLength;
        int headerStart;
        if (major == 1) {
            headerLength = (bytes[8] & 0xff) | (bytes[9] & 0xff) << 8;
            headerStart = 10;
        } else if (major == 2 || major == 3) {
            if (bytes.length < 12) {
                throw new TensorFormatException(source + ": truncated .npy header at offset 8");
            }
            headerLength = ByteBuffer.wrap(bytes, 8, 4).order(ByteOrder.LITTLE_ENDIAN).getInt();
            headerStart = 12;
        } else {
            throw new TensorFormatException(
                    source + ": unsupported .npy version " + major + " at offset 6");
        }
        if (headerLength < 0 || headerStart + (long) headerLength > bytes.length) {
            throw new TensorFormatException(
                    source + ": header length " + headerLength + " runs past the end of the file");
        }
        String header = new String(bytes, headerStart, headerLength, StandardCharsets.ISO_8859_1);
        Matcher d = DESCR.matcher(header);
        Matcher f = FORTRAN.matcher(header);
        Matcher s = SHAPE.matcher(header);
        if (!d.find() || !f.find() || !s.find()) {
            throw new TensorFormatException(source + ": unreadable .npy header: " + header.strip());
        }
        if (f.group(1).equals("True")) {
            throw new TensorFormatException(
                    source
                            + ": Fortran-ordered arrays are not supported; save with np.ascontiguousarray");
        }
        DType type = dtype(d.group(2), Integer.parseInt(d.group(3)), source);
        ByteOrder order = d.group(1).equals(">") ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN;
        long[] shape = parseShape(s.group(1), source);
        long count = 1;
        for (long dim : shape) {
            count = Math.multiplyExact(count, dim);
        }
        int dataStart = headerStart + headerLength;
        long needed = count * type.bytes;
        if (count > Integer.MAX_VALUE || dataStart + needed > bytes.length) {
            throw new TensorFormatException(
                    source
                            + ": shape "
                            + HostTensor.shapeText(shape)
                            + " needs "
                            + needed
                            + " data bytes from offset "
                            + dataStart
                            + " but the file has "
                            + (bytes.length - dataStart));
        }
        ByteBuffer buf = DType.wrap(bytes, dataStart, (int) needed, order);
        return new HostTensor(shape, type.read(buf, (int) count));
    }

    private static boolean startsWithMagic(byte[] bytes) {
        for (int i = 0; i < MAGIC.length; i++) {
            if (bytes[i] != MAGIC[i]) {
                return false;
            }
        }
        return true;
    }

    private static DType dtype(String kind, int size, String source) {
        DType t =
                switch (kind + size) {
                    case "f8" -> DType.F64;
                    case "f4" -> DType.F32;
                    case "f2" -> DType.F16;
                    case "i8" -> DType.I64;
                    case "i4" -> DType.I32;
                    case "i2" -> DType.I16;
                    case "i1" -> DType.I8;
                    case "u1" -> DType.U8;
                    case "b1" -> DType.BOOL;
                    default -> null;
                };
        if (t == null) {
            throw new TensorFormatException(
                    source + ": unsupported .npy dtype '" + kind + size + "'");
        }
        return t;
    }

    private static long[] parseShape(String text, String source) {
        List<Long> dims = new ArrayList<>();
        for (String part : text.split(",")) {
            String p = part.strip();
            if (!p.isEmpty()) {
                try {
                    dims.add(Long.parseLong(p.replace("L", "")));
                } catch (NumberFormatException e) {
                    throw new TensorFormatException(source + ": bad shape (" + text + ")");
                }
            }
        }
        return dims.stream().mapToLong(Long::longValue).toArray();
    }

    /** Writes {@code tensor} as a little-endian float32 {@code .npy} (version 1.0). */
    public static void write(HostTensor tensor, OutputStream out) throws IOException {
        String dict =
                "{'descr': '<f4', 'fortran_order': False, 'shape': "
                        + HostTensor.shapeText(tensor.shape())
                        + ", }";
        int unpadded = 10 + dict.length() + 1;
        int padding = (64 - unpadded % 64) % 64;
        String header = dict + " ".repeat(padding) + "\n";
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        head.write(MAGIC);
        head.write(1);
        head.write(0);
        head.write(header.length() & 0xff);
        head.write(header.length() >>> 8);
        head.write(header.getBytes(StandardCharsets.ISO_8859_1));
        out.write(head.toByteArray());
        ByteBuffer data =
                ByteBuffer.allocate(tensor.data().length * 4).order(ByteOrder.LITTLE_ENDIAN);
        data.asFloatBuffer().put(tensor.data());
        out.write(data.array());
    }
}
