package org.protopnet.fiji.service;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.util.List;
import org.protopnet.model.explain.Box;

/**
 * The pointing game: among correctly classified cases that have a true lesion box, the fraction
 * whose top evidence box (the prototype contributing most to the predicted class) overlaps the
 * lesion. It asks whether the model looks where a radiologist would.
 */
public final class PointingGame {
    private int cases;
    private int hits;

    /**
     * Scores one study record (see {@link StudyRecord}) against its lesions; counts only when the
     * study was classified correctly and has lesions.
     *
     * @return whether it counted and hit, null when it did not count
     */
    public Boolean add(JsonObject record, String truth, List<SampleSet.Lesion> lesions) {
        if (lesions == null
                || lesions.isEmpty()
                || !truth.equals(StudyRecord.text(record, "predicted_class"))) {
            return null;
        }
        int key = record.get("key_frame").getAsInt();
        JsonObject frame = null;
        for (var f : record.getAsJsonArray("frames")) {
            if (f.getAsJsonObject().get("frame").getAsInt() == key) {
                frame = f.getAsJsonObject();
            }
        }
        JsonArray ev = frame == null ? null : frame.getAsJsonArray("evidence");
        cases++;
        if (ev == null || ev.isEmpty()) {
            return false;
        }
        JsonArray b = ev.get(0).getAsJsonObject().getAsJsonArray("box");
        Box top =
                new Box(
                        b.get(0).getAsInt(),
                        b.get(1).getAsInt(),
                        b.get(2).getAsInt(),
                        b.get(3).getAsInt());
        boolean anyOnFrame = lesions.stream().anyMatch(l -> l.frame() == key);
        for (SampleSet.Lesion l : lesions) {
            if ((!anyOnFrame || l.frame() == key) && top.intersects(l.box())) {
                hits++;
                return true;
            }
        }
        return false;
    }

    /** Cases that counted. */
    public int cases() {
        return cases;
    }

    /** Cases whose top box hit the lesion. */
    public int hits() {
        return hits;
    }

    /** hits / cases, or NaN when none counted. */
    public double score() {
        return cases == 0 ? Double.NaN : (double) hits / cases;
    }
}
