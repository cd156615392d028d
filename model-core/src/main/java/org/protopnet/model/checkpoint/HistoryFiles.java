package org.protopnet.model.checkpoint;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.protopnet.model.bundle.ModelBundle;
import org.protopnet.model.train.EpochMetrics;
import org.protopnet.model.train.MetricsCsv;
import org.protopnet.model.train.TrainingCurve;

/** Adds the training history (CSV) and its curves (PNG) to a bundle. */
public final class HistoryFiles {
    public static final String CURVE = "training-curve.png";

    /** Puts {@code history.csv} and {@code training-curve.png} into {@code bundle}. */
    public ModelBundle addTo(ModelBundle bundle, List<EpochMetrics> history) throws IOException {
        return bundle.withFile(
                        ModelBundle.HISTORY,
                        MetricsCsv.format(history).getBytes(StandardCharsets.UTF_8))
                .withFile(CURVE, TrainingCurve.png(history));
    }
}
