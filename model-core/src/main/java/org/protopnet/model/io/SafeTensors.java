package org.protopnet.model.io;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The {@code .safetensors} format: an 8-byte little-endian header length, a JSON header giving each
 * tensor's dtype, shape and byte range, then the data. Ranges are checked against the file.
 */
public final class SafeTensors {
    private static final long MAX_HEADER = 100L << 20;

    private SafeTensors() {}

    /** Reads every tensor of {@code file} in header order. */
    public static Map<String, HostTensor> read(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new TensorFormatException(file + ": cannot read: " + e.getMessage(), e);
        }
        if (bytes.length < 8) {
            throw new TensorFormatException(
                    file + ": too short for a .safetensors header (offset 0)");
        }
        long headerLength = ByteBuffer.wrap(bytes, 0, 8).order(ByteOrder.LITTLE_ENDIAN).getLong();
        if (headerLength <= 0 || headerLength > MAX_HEADER || 8 + headerLength > bytes.length) {
            throw new TensorFormatException(
                    file
                            + ": header length "
                            + headerLength
                            + " at offset 0 does not fit the file");
        }
        JsonObject header;
        try {
            String json = new String(bytes, 8, (int) headerLength, StandardCharsets.UTF_8);
            header = JsonParser.parseString(json).getAsJsonObject();
        } catch (JsonParseException | IllegalStateException e) {
            throw new TensorFormatException(file + ": header at offset 8 is not a JSON object", e);
        }
        long dataStart = 8 + headerLength;
        Map<String, HostTensor> out = new LinkedHashMap<>();
        for (Map.Entry<String, JsonElement> e : header.entrySet()) {
            if (e.getKey().equals("__metadata__")) {
                continue;
            }
            out.put(e.getKey(), tensor(file, e.getKey(), e.getValue(), bytes, dataStart));
        }
        return out;
    }

    private static HostTensor tensor(
            Path file, String name, JsonElement spec, byte[] bytes, long dataStart) {
        String where = file + " [" + name + "]";
        try {
            JsonObject o = spec.getAsJsonObject();
            DType type = dtype(o.get("dtype").getAsString(), where);
            long[] shape = new long[o.getAsJsonArray("shape").size()];
            long count = 1;
            for (int i = 0; i < shape.length; i++) {
                shape[i] = o.getAsJsonArray("shape").get(i).getAsLong();
                count = Math.multiplyExact(count, shape[i]);
            }
            long begin = o.getAsJsonArray("data_offsets").get(0).getAsLong();
            long end = o.getAsJsonArray("data_offsets").get(1).getAsLong();
            if (begin < 0 || end < begin || dataStart + end > bytes.length) {
                throw new TensorFormatException(
                        where + ": data range " + begin + ".." + end + " lies outside the file");
            }
            if (end - begin != count * type.bytes) {
                throw new TensorFormatException(
                        where
                                + ": "
                                + (end - begin)
                                + " bytes for shape "
                                + HostTensor.shapeText(shape)
                                + " of "
                                + type);
            }
            ByteBuffer buf =
                    DType.wrap(
                            bytes,
                            (int) (dataStart + begin),
                            (int) (end - begin),
                            ByteOrder.LITTLE_ENDIAN);
            return new HostTensor(shape, type.read(buf, (int) count));
        } catch (RuntimeException e) {
            if (e instanceof TensorFormatException t) {
                throw t;
            }
            throw new TensorFormatException(
                    where + ": malformed header entry: " + e.getMessage(), e);
        }
    }

    private static DType dtype(String name, String where) {
        return switch (name) {
            case "F64" -> DType.F64;
            case "F32" -> DType.F32;
            case "F16" -> DType.F16;
            case "BF16" -> DType.BF16;
            case "I64" -> DType.I64;
            case "I32" -> DType.I32;
            case "I16" -> DType.I16;
            case "I8" -> DType.I8;
            case "U8" -> DType.U8;
            case "BOOL" -> DType.BOOL;
            default -> throw new TensorFormatException(where + ": unsupported dtype " + name);
        };
    }
}
