package org.protopnet.fiji.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The rows of {@code results.csv}: one row per study (the study-level result) and, for multi-frame
 * studies, one row per frame. Patient name, ID and birth date are columns only when the user asks
 * for them ({@code --phi}); without it they are not written anywhere, not even as empty columns, so
 * a table shared for research carries no patient identifiers. The DICOM UIDs stay: they link a row
 * back to the archive without naming anyone.
 */
public final class ResultCsv {
    /**
     * What a row says.
     *
     * @param study the study's id (its path relative to the folder classified)
     * @param level {@code study} or {@code frame}
     * @param frame the frame index, or -1 for a study row
     * @param top the evidence that contributed most to the predicted class, or null
     */
    public record Row(
            String study,
            String level,
            int frame,
            StudyInfo info,
            String predictedClass,
            double[] probabilities,
            Top top) {}

    /**
     * The strongest evidence for the predicted class.
     *
     * @param box x0, y0, x1, y1 in the image's pixels (x1, y1 exclusive)
     */
    public record Top(
            int prototype,
            String prototypeClass,
            double similarity,
            double contribution,
            int[] box) {}

    private final List<String> classes;
    private final boolean phi;

    /** A table for a model with {@code classes}; {@code phi} adds the patient columns. */
    public ResultCsv(List<String> classes, boolean phi) {
        this.classes = List.copyOf(classes);
        this.phi = phi;
    }

    /** The header line (with its newline). */
    public String header() {
        List<String> h = new ArrayList<>(List.of("study", "level", "frame", "modality"));
        h.addAll(List.of("study_uid", "series_uid", "sop_instance_uid"));
        if (phi) {
            h.addAll(List.of("patient_name", "patient_id", "patient_birth_date"));
        }
        h.addAll(List.of("predicted_class", "probability"));
        for (String c : classes) {
            h.add("p_" + c.replace(' ', '_'));
        }
        h.addAll(
                List.of(
                        "top_prototype",
                        "top_prototype_class",
                        "top_similarity",
                        "top_contribution",
                        "top_box_x0",
                        "top_box_y0",
                        "top_box_x1",
                        "top_box_y1"));
        return line(h);
    }

    /** One row (with its newline). */
    public String row(Row r) {
        List<String> v = new ArrayList<>();
        v.add(r.study());
        v.add(r.level());
        v.add(r.frame() < 0 ? "" : Integer.toString(r.frame()));
        StudyInfo i = r.info() == null ? StudyInfo.NONE : r.info();
        v.addAll(List.of(i.modality(), i.studyUid(), i.seriesUid(), i.sopInstanceUid()));
        if (phi) {
            v.addAll(List.of(i.patientName(), i.patientId(), i.birthDate()));
        }
        v.add(r.predictedClass());
        int best = classes.indexOf(r.predictedClass());
        v.add(best < 0 ? "" : number(r.probabilities()[best]));
        for (double p : r.probabilities()) {
            v.add(number(p));
        }
        Top t = r.top();
        if (t == null) {
            for (int k = 0; k < 8; k++) {
                v.add("");
            }
        } else {
            v.add(Integer.toString(t.prototype()));
            v.add(t.prototypeClass());
            v.add(number(t.similarity()));
            v.add(number(t.contribution()));
            for (int b : t.box()) {
                v.add(Integer.toString(b));
            }
        }
        return line(v);
    }

    private static String number(double v) {
        return String.format(Locale.ROOT, "%.6f", v);
    }

    private static String line(List<String> values) {
        StringBuilder s = new StringBuilder();
        for (int k = 0; k < values.size(); k++) {
            if (k > 0) {
                s.append(',');
            }
            s.append(quote(values.get(k)));
        }
        return s.append('\n').toString();
    }

    /** RFC 4180 quoting, only where needed. */
    static String quote(String v) {
        if (v == null) {
            return "";
        }
        boolean needs = v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r");
        return needs ? "\"" + v.replace("\"", "\"\"") + "\"" : v;
    }
}
