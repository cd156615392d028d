package org.protopnet.model.bundle;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.protopnet.model.io.AtomicFiles;
import org.protopnet.model.io.Npz;

/**
 * Writes a {@link ModelBundle} as a {@code .protopnet} zip, atomically: the target is either the
 * previous file or the complete new one. {@code model.json} records a SHA-256 of every other entry,
 * which the reader checks.
 */
public final class BundleWriter {
    private BundleWriter() {}

    public static void write(ModelBundle bundle, Path target) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        ByteArrayOutputStream weights = new ByteArrayOutputStream();
        Npz.write(bundle.weights().asMap(), weights);
        entries.put(ModelBundle.WEIGHTS, weights.toByteArray());
        for (Map.Entry<String, byte[]> f : bundle.files().entrySet()) {
            entries.put(EntryNames.check(f.getKey()), f.getValue());
        }
        Map<String, String> checksums = new LinkedHashMap<>();
        entries.forEach((name, bytes) -> checksums.put(name, Checksums.sha256(bytes)));
        byte[] json =
                ModelJson.GSON
                        .toJson(ModelJson.write(bundle, checksums))
                        .getBytes(StandardCharsets.UTF_8);
        AtomicFiles.write(
                target,
                out -> {
                    ZipOutputStream zip = new ZipOutputStream(out);
                    zip.setLevel(1);
                    put(zip, ModelBundle.MODEL_JSON, json);
                    for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                        put(zip, e.getKey(), e.getValue());
                    }
                    zip.finish();
                });
    }

    private static void put(ZipOutputStream zip, String name, byte[] bytes) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(bytes);
        zip.closeEntry();
    }
}
