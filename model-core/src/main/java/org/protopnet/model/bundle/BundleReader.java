package org.protopnet.model.bundle;

import ai.djl.ndarray.NDManager;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.protopnet.model.ModelException;
import org.protopnet.model.data.InputSpec;
import org.protopnet.model.io.Npz;
import org.protopnet.model.io.StateDict;
import org.protopnet.model.nn.NetworkSpec;
import org.protopnet.model.nn.ProtoPNet;
import org.protopnet.model.nn.WeightLoader;

/**
 * Reads a {@code .protopnet} bundle and refuses anything it cannot vouch for: another format
 * version, unsafe or duplicate entry names, entries missing or not listed in {@code model.json},
 * checksums that differ, weights that do not fit the described network.
 */
public final class BundleReader {
    private static final long MAX_ENTRY = 2L << 30;

    private BundleReader() {}

    /** A bundle and its network, ready to run. */
    public record LoadedModel(ModelBundle bundle, ProtoPNet network) implements AutoCloseable {
        @Override
        public void close() {
            network.close();
        }
    }

    /** Reads and builds the network in {@code manager} (closed with the returned model). */
    public static LoadedModel load(Path file, NDManager manager) {
        ModelBundle bundle = read(file);
        ProtoPNet net = ProtoPNet.create(bundle.network(), manager, 0);
        try {
            WeightLoader.loadAll(net, bundle.weights());
        } catch (ModelException e) {
            net.close();
            throw new BundleException(
                    file + ": weights do not fit the network it describes: " + e.getMessage(), e);
        }
        return new LoadedModel(bundle, net);
    }

    /** Reads and checks {@code file} without building a network. */
    public static ModelBundle read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new BundleException(file + ": no such model file");
        }
        Map<String, byte[]> entries = entries(file);
        byte[] json = entries.remove(ModelBundle.MODEL_JSON);
        if (json == null) {
            throw new BundleException(file + ": not a ProtoPNet model (no model.json inside)");
        }
        JsonObject root;
        try {
            root =
                    JsonParser.parseString(new String(json, StandardCharsets.UTF_8))
                            .getAsJsonObject();
        } catch (JsonParseException | IllegalStateException e) {
            throw new BundleException(
                    file + ": model.json is not valid JSON: " + e.getMessage(), e);
        }
        String where = file + " model.json";
        if (!"protopnet-bundle".equals(optString(root, "format"))) {
            throw new BundleException(
                    file + ": not a ProtoPNet model (model.json format is not protopnet-bundle)");
        }
        int version = root.has("formatVersion") ? root.get("formatVersion").getAsInt() : -1;
        if (version != ModelBundle.FORMAT_VERSION) {
            throw new BundleException(
                    file
                            + ": bundle format version "
                            + version
                            + ", this program reads version "
                            + ModelBundle.FORMAT_VERSION);
        }
        verifyChecksums(file, root, entries);
        NetworkSpec network;
        InputSpec input;
        try {
            network = ModelJson.network(root, where);
            input = ModelJson.input(root, where);
        } catch (RuntimeException e) {
            throw new BundleException(where + ": " + e.getMessage(), e);
        }
        byte[] weights = entries.remove(ModelBundle.WEIGHTS);
        if (weights == null) {
            throw new BundleException(file + ": no weights.npz inside");
        }
        StateDict dict =
                new StateDict(Npz.read(weights, file + " weights.npz"), file + " weights.npz");
        return new ModelBundle(
                network,
                input,
                ModelJson.classes(root, where),
                dict,
                ModelJson.training(root),
                entries);
    }

    private static Map<String, byte[]> entries(Path file) {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        long offset = 0;
        try (InputStream raw = Files.newInputStream(file);
                ZipInputStream zip =
                        new ZipInputStream(new java.io.BufferedInputStream(raw, 1 << 16))) {
            ZipEntry e;
            while ((e = zip.getNextEntry()) != null) {
                if (e.isDirectory()) {
                    continue;
                }
                String name = EntryNames.check(e.getName());
                byte[] bytes = zip.readNBytes((int) Math.min(MAX_ENTRY, Integer.MAX_VALUE - 8));
                if (entries.put(name, bytes) != null) {
                    throw new BundleException(file + ": entry '" + name + "' appears twice");
                }
                offset += bytes.length;
            }
        } catch (BundleException e) {
            throw e;
        } catch (IOException e) {
            throw new BundleException(
                    file
                            + ": damaged or truncated (zip error after "
                            + offset
                            + " bytes of entries: "
                            + e.getMessage()
                            + ")",
                    e);
        }
        if (entries.isEmpty()) {
            throw new BundleException(file + ": not a ProtoPNet model (not a zip, or empty)");
        }
        return entries;
    }

    private static void verifyChecksums(Path file, JsonObject root, Map<String, byte[]> entries) {
        JsonElement listed = root.get("entries");
        if (listed == null || !listed.isJsonObject()) {
            throw new BundleException(file + ": model.json lists no entries");
        }
        Map<String, String> sums = new LinkedHashMap<>();
        listed.getAsJsonObject()
                .entrySet()
                .forEach(e -> sums.put(e.getKey(), e.getValue().getAsString()));
        for (Map.Entry<String, String> s : sums.entrySet()) {
            byte[] bytes = entries.get(s.getKey());
            if (bytes == null) {
                throw new BundleException(
                        file + ": entry '" + s.getKey() + "' is missing (truncated?)");
            }
            if (!Checksums.sha256(bytes).equals(s.getValue())) {
                throw new BundleException(
                        file + ": entry '" + s.getKey() + "' was modified (checksum differs)");
            }
        }
        for (String name : entries.keySet()) {
            if (!sums.containsKey(name)) {
                throw new BundleException(
                        file + ": entry '" + name + "' is not listed in model.json (added later?)");
            }
        }
    }

    private static String optString(JsonObject o, String key) {
        JsonElement e = o.get(key);
        return e != null && e.isJsonPrimitive() ? e.getAsString() : null;
    }
}
