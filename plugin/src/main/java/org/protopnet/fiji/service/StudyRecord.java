package org.protopnet.fiji.service;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.protopnet.model.explain.Box;
import org.protopnet.model.explain.Evidence;
import org.protopnet.model.explain.Explanation;
import org.protopnet.model.io.AtomicFiles;

/**
 * A study's result as stored in {@code studies/ID.json}: written last and atomically, so its
 * presence means the study is done (a resumed batch skips it), and read back to assemble the table,
 * {@code results.json} and the report without keeping results in memory. Patient identifiers are
 * stored only when {@code phi} is set.
 */
public final class StudyRecord {
    private static final Gson GSON = new GsonBuilder().create();

    private StudyRecord() {}

    /** The record of {@code r}; {@code files} names its pictures relative to the output folder. */
    public static JsonObject of(
            String id, StudyResult r, StudyInfo info, boolean phi, Map<String, String> files) {
        JsonObject o = new JsonObject();
        o.addProperty("study", id);
        o.addProperty("modality", info.modality());
        o.addProperty("study_uid", info.studyUid());
        o.addProperty("series_uid", info.seriesUid());
        o.addProperty("sop_instance_uid", info.sopInstanceUid());
        if (phi) {
            o.addProperty("patient_name", info.patientName());
            o.addProperty("patient_id", info.patientId());
            o.addProperty("patient_birth_date", info.birthDate());
        }
        o.addProperty("predicted", r.predicted());
        o.addProperty("predicted_class", r.predictedClass());
        o.add("probabilities", GSON.toJsonTree(r.probabilities()));
        o.addProperty("key_frame", r.keyFrame().frame());
        JsonArray frames = new JsonArray();
        for (FrameResult f : r.frames()) {
            frames.add(frame(f));
        }
        o.add("frames", frames);
        JsonObject fo = new JsonObject();
        files.forEach(fo::addProperty);
        o.add("files", fo);
        return o;
    }

    /** One frame's numbers and evidence (boxes in the image's pixels). */
    static JsonObject frame(FrameResult f) {
        Explanation ex = f.explanation();
        JsonObject o = new JsonObject();
        o.addProperty("source", f.source());
        o.addProperty("frame", f.frame());
        o.addProperty("width", f.width());
        o.addProperty("height", f.height());
        o.addProperty("predicted", ex.predicted());
        o.addProperty("predicted_class", ex.predictedClass());
        o.add("logits", GSON.toJsonTree(ex.logits()));
        o.add("probabilities", GSON.toJsonTree(ex.probabilities()));
        o.add("min_distances", GSON.toJsonTree(ex.minDistances()));
        double[] sim = ex.sheets().isEmpty() ? new double[0] : ex.sheets().get(0).similarities();
        o.add("similarities", GSON.toJsonTree(sim));
        JsonArray ev = new JsonArray();
        for (Evidence e : ex.evidence()) {
            JsonObject j = new JsonObject();
            j.addProperty("rank", e.rank());
            j.addProperty("prototype", e.prototype());
            j.addProperty("prototype_class", e.prototypeClassName());
            j.addProperty("similarity", e.similarity());
            j.addProperty("weight", e.weight());
            j.addProperty("contribution", e.contribution());
            Box b = f.imageBox(e);
            j.add("box", GSON.toJsonTree(new int[] {b.x0(), b.y0(), b.x1(), b.y1()}));
            ev.add(j);
        }
        o.add("evidence", ev);
        return o;
    }

    /** Writes {@code record} atomically. */
    public static void write(JsonObject record, Path file) throws IOException {
        AtomicFiles.write(file, GSON.toJson(record).getBytes(StandardCharsets.UTF_8));
    }

    /** Reads a record back. */
    public static JsonObject read(Path file) throws IOException {
        return JsonParser.parseString(Files.readString(file)).getAsJsonObject();
    }

    /** The rows of {@code results.csv} for a record: the study, then each frame of a cine. */
    public static List<ResultCsv.Row> rows(JsonObject r) {
        StudyInfo info =
                new StudyInfo(
                        text(r, "modality"),
                        text(r, "study_uid"),
                        text(r, "series_uid"),
                        text(r, "sop_instance_uid"),
                        text(r, "patient_name"),
                        text(r, "patient_id"),
                        text(r, "patient_birth_date"));
        String id = text(r, "study");
        JsonArray frames = r.getAsJsonArray("frames");
        int key = r.get("key_frame").getAsInt();
        JsonObject keyFrame = frames.get(0).getAsJsonObject();
        for (var f : frames) {
            if (f.getAsJsonObject().get("frame").getAsInt() == key) {
                keyFrame = f.getAsJsonObject();
            }
        }
        List<ResultCsv.Row> rows = new ArrayList<>();
        rows.add(
                new ResultCsv.Row(
                        id,
                        "study",
                        frames.size() > 1 ? -1 : 0,
                        info,
                        text(r, "predicted_class"),
                        doubles(r.getAsJsonArray("probabilities")),
                        top(keyFrame)));
        if (frames.size() > 1) {
            for (var fe : frames) {
                JsonObject f = fe.getAsJsonObject();
                rows.add(
                        new ResultCsv.Row(
                                id,
                                "frame",
                                f.get("frame").getAsInt(),
                                info,
                                text(f, "predicted_class"),
                                doubles(f.getAsJsonArray("probabilities")),
                                top(f)));
            }
        }
        return rows;
    }

    private static ResultCsv.Top top(JsonObject frame) {
        JsonArray ev = frame.getAsJsonArray("evidence");
        if (ev == null || ev.isEmpty()) {
            return null;
        }
        JsonObject e = ev.get(0).getAsJsonObject();
        JsonArray b = e.getAsJsonArray("box");
        return new ResultCsv.Top(
                e.get("prototype").getAsInt(),
                text(e, "prototype_class"),
                e.get("similarity").getAsDouble(),
                e.get("contribution").getAsDouble(),
                new int[] {
                    b.get(0).getAsInt(),
                    b.get(1).getAsInt(),
                    b.get(2).getAsInt(),
                    b.get(3).getAsInt()
                });
    }

    static double[] doubles(JsonArray a) {
        double[] d = new double[a.size()];
        for (int i = 0; i < d.length; i++) {
            d[i] = a.get(i).getAsDouble();
        }
        return d;
    }

    static String text(JsonObject o, String key) {
        return o.has(key) && !o.get(key).isJsonNull() ? o.get(key).getAsString() : "";
    }
}
