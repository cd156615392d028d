package org.protopnet.fiji.service;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.protopnet.model.io.AtomicFiles;

/** Writes classification results as {@code results.json} and {@code results.csv}, atomically. */
public final class ResultFiles {
    private ResultFiles() {}

    /**
     * A JSON list, one object per image in input order, with {@code source}, {@code predicted},
     * {@code predicted_class}, {@code logits}, {@code probabilities}, {@code min_distances} and
     * {@code similarities}.
     */
    public static void writeJson(List<Prediction> predictions, Path file) throws IOException {
        JsonArray all = new JsonArray();
        var gson = new GsonBuilder().create();
        for (Prediction p : predictions) {
            JsonObject o = new JsonObject();
            o.addProperty("source", p.source());
            o.addProperty("predicted", p.predicted());
            o.addProperty("predicted_class", p.predictedClass());
            o.add("logits", gson.toJsonTree(p.logits()));
            o.add("probabilities", gson.toJsonTree(p.probabilities()));
            o.add("min_distances", gson.toJsonTree(p.minDistances()));
            o.add("similarities", gson.toJsonTree(p.similarities()));
            all.add(o);
        }
        String text = new GsonBuilder().setPrettyPrinting().create().toJson(all);
        AtomicFiles.write(file, text.getBytes(StandardCharsets.UTF_8));
    }

    /** One row per image: source, predicted class, then one probability column per class. */
    public static void writeCsv(List<Prediction> predictions, List<String> classes, Path file)
            throws IOException {
        StringBuilder s = new StringBuilder("source,predicted_class");
        for (String c : classes) {
            s.append(",p_").append(csv(c));
        }
        s.append('\n');
        for (Prediction p : predictions) {
            s.append(csv(p.source())).append(',').append(csv(p.predictedClass()));
            for (float v : p.probabilities()) {
                s.append(',').append(String.format(Locale.ROOT, "%.6f", v));
            }
            s.append('\n');
        }
        AtomicFiles.write(file, s.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static String csv(String v) {
        return v.contains(",") || v.contains("\"") ? "\"" + v.replace("\"", "\"\"") + "\"" : v;
    }
}
