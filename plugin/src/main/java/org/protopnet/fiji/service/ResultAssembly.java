package org.protopnet.fiji.service;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.stream.JsonWriter;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.protopnet.fiji.render.HtmlReport;
import org.protopnet.model.io.AtomicFiles;

/**
 * Assembles the tables and the report from the per-study records on disk, in the order of the
 * inputs, one study at a time: {@code results.csv}, {@code results.json} (per frame), {@code
 * report.html}, {@code failures.csv}. Each is written atomically, so a reader never sees half a
 * table.
 */
final class ResultAssembly {
    private final BatchRequest req;
    private final List<String> classes;

    ResultAssembly(BatchRequest req, List<String> classes) {
        this.req = req;
        this.classes = classes;
    }

    /** Writes what the request's formats ask for (and failures.csv); returns the files. */
    List<Path> write() throws IOException {
        List<Path> files = new ArrayList<>();
        Path out = req.out();
        if (req.formats().contains(OutputFormat.CSV)) {
            Path csv = out.resolve("results.csv");
            ResultCsv table = new ResultCsv(classes, req.phi());
            AtomicFiles.write(
                    csv,
                    o -> {
                        Writer w = writer(o);
                        w.write(table.header());
                        forEach(
                                (id, rec) -> {
                                    for (ResultCsv.Row r : StudyRecord.rows(rec)) {
                                        w.write(table.row(r));
                                    }
                                },
                                null);
                        w.flush();
                    });
            files.add(csv);
        }
        if (req.formats().contains(OutputFormat.JSON)) {
            Path json = out.resolve("results.json");
            AtomicFiles.write(
                    json,
                    o -> {
                        JsonWriter w = new JsonWriter(writer(o));
                        w.setIndent(" ");
                        w.beginArray();
                        forEach(
                                (id, rec) -> {
                                    for (var f : rec.getAsJsonArray("frames")) {
                                        JsonObject frame = f.getAsJsonObject().deepCopy();
                                        frame.addProperty("study", id);
                                        com.google.gson.internal.Streams.write(frame, w);
                                    }
                                },
                                null);
                        w.endArray();
                        w.flush();
                    });
            files.add(json);
        }
        Path failures = out.resolve("failures.csv");
        long[] failed = {0};
        AtomicFiles.write(
                failures,
                o -> {
                    Writer w = writer(o);
                    w.write("study,file,reason\n");
                    forEach(
                            null,
                            (src, reason) -> {
                                failed[0]++;
                                w.write(
                                        ResultCsv.quote(src.id())
                                                + ","
                                                + ResultCsv.quote(src.file().toString())
                                                + ","
                                                + ResultCsv.quote(reason)
                                                + "\n");
                            });
                    w.flush();
                });
        files.add(failures);
        if (req.formats().contains(OutputFormat.HTML)) {
            files.add(report());
        }
        return files;
    }

    private Path report() throws IOException {
        Map<String, Long> perClass = new LinkedHashMap<>();
        for (String c : classes) {
            perClass.put(c, 0L);
        }
        long[] counts = new long[3]; // classified, failed, not done
        forEach(
                (id, rec) -> {
                    perClass.merge(StudyRecord.text(rec, "predicted_class"), 1L, Long::sum);
                    counts[0]++;
                },
                (src, reason) -> counts[1]++);
        try (Stream<StudySources.Source> s = StudySources.walk(req.inputs())) {
            counts[2] = s.count() - counts[0] - counts[1];
        }
        Path html = req.out().resolve("report.html");
        AtomicFiles.write(
                html,
                o -> {
                    Writer w = writer(o);
                    try (HtmlReport r = new HtmlReport(w, "ProtoPNet results")) {
                        r.summary(
                                req.model().getFileName().toString(),
                                perClass,
                                counts[0],
                                counts[1],
                                counts[2]);
                        forEach(
                                (id, rec) -> {
                                    JsonObject files = rec.getAsJsonObject("files");
                                    double[] p =
                                            StudyRecord.doubles(
                                                    rec.getAsJsonArray("probabilities"));
                                    int k = rec.get("predicted").getAsInt();
                                    r.study(
                                            id,
                                            StudyRecord.text(rec, "predicted_class"),
                                            p[k],
                                            details(rec),
                                            file(files, "overlay"),
                                            file(files, "looks_like"),
                                            file(files, "dicom"));
                                },
                                null);
                        if (counts[1] > 0) {
                            r.failuresHeader(counts[1]);
                            forEach(null, (src, reason) -> r.failure(src.id(), reason));
                            r.failuresEnd();
                        }
                    }
                    w.flush();
                });
        return html;
    }

    private static String details(JsonObject rec) {
        JsonArray frames = rec.getAsJsonArray("frames");
        String modality = StudyRecord.text(rec, "modality");
        StringBuilder s = new StringBuilder(modality.isEmpty() ? "" : modality + ", ");
        if (frames.size() > 1) {
            s.append(frames.size())
                    .append(" frames (mean of per-frame probabilities; pictures show frame ")
                    .append(rec.get("key_frame").getAsInt())
                    .append(", the most confident)");
        } else {
            s.append("1 frame");
        }
        return s.toString();
    }

    private static String file(JsonObject files, String key) {
        return files != null && files.has(key) ? files.get(key).getAsString() : null;
    }

    /** Called per finished study. */
    private interface StudyVisitor {
        void visit(String id, JsonObject record) throws IOException;
    }

    /** Called per failed study. */
    private interface FailureVisitor {
        void visit(StudySources.Source src, String reason) throws IOException;
    }

    private void forEach(StudyVisitor done, FailureVisitor failed) throws IOException {
        try (Stream<StudySources.Source> s = StudySources.walk(req.inputs())) {
            for (StudySources.Source src : (Iterable<StudySources.Source>) s::iterator) {
                Path rec = BatchService.recordOf(req.out(), src.id());
                if (Files.exists(rec)) {
                    if (done != null) {
                        done.visit(src.id(), StudyRecord.read(rec));
                    }
                    continue;
                }
                Path fail = BatchService.failureOf(req.out(), src.id());
                if (failed != null && Files.exists(fail)) {
                    failed.visit(src, Files.readString(fail).strip());
                }
            }
        }
    }

    private static Writer writer(java.io.OutputStream o) {
        return new BufferedWriter(new OutputStreamWriter(o, StandardCharsets.UTF_8));
    }
}
