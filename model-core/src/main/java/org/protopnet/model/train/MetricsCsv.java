package org.protopnet.model.train;

import java.util.List;
import java.util.Locale;

/** The training history as CSV, one row per step, for spreadsheets and plots. */
public final class MetricsCsv {
    public static final String HEADER =
            "step,phase,epoch,iteration,train_loss,train_cross_entropy,train_cluster,train_separation,"
                    + "train_avg_separation,train_l1,train_accuracy,val_loss,val_accuracy,seconds,"
                    + "features_lr,add_on_lr,prototypes_lr,last_layer_lr,test_accuracy";

    private MetricsCsv() {}

    public static String format(List<EpochMetrics> history) {
        StringBuilder s = new StringBuilder(HEADER).append('\n');
        for (EpochMetrics m : history) {
            TrainingStep st = m.step();
            LossValues t = m.trainLoss();
            s.append(
                    String.format(
                            Locale.ROOT,
                            "%d,%s,%d,%d,%.6g,%.6g,%.6g,%.6g,%.6g,%.6g,%.6g,%.6g,%.6g,%.3f,%.3g,%.3g,%.3g,%.3g,%.6g%n",
                            m.stepIndex(),
                            st.phase().name().toLowerCase(Locale.ROOT),
                            st.epoch() + 1,
                            st.iteration() + 1,
                            t.total(),
                            t.crossEntropy(),
                            t.cluster(),
                            t.separation(),
                            t.averageSeparation(),
                            t.l1(),
                            m.trainAccuracy(),
                            m.validationLoss().total(),
                            m.validationAccuracy(),
                            m.seconds(),
                            st.featuresLr(),
                            st.addOnLr(),
                            st.prototypesLr(),
                            st.lastLayerLr(),
                            m.testAccuracy()));
        }
        return s.toString();
    }
}
