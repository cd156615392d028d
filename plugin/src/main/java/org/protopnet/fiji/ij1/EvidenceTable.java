package org.protopnet.fiji.ij1;

import ij.measure.ResultsTable;
import java.util.List;
import org.protopnet.fiji.service.FrameResult;
import org.protopnet.fiji.service.StudyResult;
import org.protopnet.model.explain.Box;
import org.protopnet.model.explain.Evidence;
import org.protopnet.model.explain.Explanation;

/**
 * The "Results" table of a classification: a row per evidence of each frame (rank from 1,
 * prototype, its class, similarity, weight, contribution, box in image pixels) carrying the frame's
 * class probabilities, and for a multi-frame study one more row, frame {@code study}, with the
 * study-level prediction (mean probabilities).
 */
public final class EvidenceTable {
    /** The title ImageJ's macro functions ({@code getResult}, {@code saveAs("Results")}) read. */
    public static final String TITLE = "Results";

    private EvidenceTable() {}

    /** Rows for {@code study}, appended to {@code rt}. */
    public static void add(ResultsTable rt, StudyResult study, List<String> classes) {
        for (FrameResult f : study.frames()) {
            Explanation ex = f.explanation();
            for (int i = 0; i < ex.evidence().size(); i++) {
                Evidence e = ex.evidence().get(i);
                rt.incrementCounter();
                head(rt, study.source(), String.valueOf(f.frame() + 1), ex.predictedClass());
                probabilities(rt, classes, ex.probabilities());
                rt.addValue("Rank", i + 1);
                rt.addValue("Prototype", e.prototype());
                rt.addValue("Prototype class", e.prototypeClassName());
                rt.addValue("Similarity", e.similarity());
                rt.addValue("Weight", e.weight());
                rt.addValue("Contribution", e.contribution());
                Box b = f.imageBox(e);
                rt.addValue("X0", b.x0());
                rt.addValue("Y0", b.y0());
                rt.addValue("X1", b.x1());
                rt.addValue("Y1", b.y1());
            }
        }
        if (study.frames().size() > 1) {
            rt.incrementCounter();
            head(rt, study.source(), "study", study.predictedClass());
            probabilities(rt, classes, study.probabilities());
        }
    }

    private static void head(ResultsTable rt, String source, String frame, String predicted) {
        rt.addValue("Source", source);
        rt.addValue("Frame", frame);
        rt.addValue("Predicted", predicted);
    }

    private static void probabilities(ResultsTable rt, List<String> classes, double[] p) {
        for (int c = 0; c < classes.size(); c++) {
            rt.addValue("P(" + classes.get(c) + ")", p[c]);
        }
    }
}
