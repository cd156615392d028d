package org.protopnet.fiji.cli;

import java.io.PrintStream;
import java.util.Locale;
import org.protopnet.model.train.BatchProgress;
import org.protopnet.model.train.EpochMetrics;
import org.protopnet.model.train.TrainingListener;

/**
 * Training progress on a terminal: a one-line bar redrawn in place (phase, step, batch, loss,
 * accuracy, time left) and a permanent line per finished step. Without a terminal (logs, CI) only
 * the permanent lines are printed.
 */
final class ConsoleProgress implements TrainingListener {
    private static final int WIDTH = 24;
    private final PrintStream out;
    private final boolean interactive;
    private long lastDraw;

    ConsoleProgress(PrintStream out) {
        this.out = out;
        this.interactive = System.console() != null;
    }

    @Override
    public void onBatch(BatchProgress p) {
        long now = System.nanoTime();
        if (!interactive || now - lastDraw < 200_000_000L && p.batch() < p.batches()) {
            return;
        }
        lastDraw = now;
        int filled = (int) Math.round(WIDTH * (double) p.batch() / p.batches());
        String bar = "#".repeat(filled) + "-".repeat(WIDTH - filled);
        String acc =
                Double.isNaN(p.accuracy())
                        ? ""
                        : String.format(Locale.ROOT, " acc %.3f", p.accuracy());
        String loss =
                p.loss().total() == 0
                        ? ""
                        : String.format(Locale.ROOT, " loss %.3f", p.loss().total());
        out.printf(
                Locale.ROOT,
                "\r[%s] %d/%d %-18s batch %d/%d%s%s  ETA %s   ",
                bar,
                p.stepIndex() + 1,
                p.stepCount(),
                p.step().label(),
                p.batch(),
                p.batches(),
                loss,
                acc,
                duration(p.secondsLeft()));
        out.flush();
    }

    @Override
    public void onStepEnd(EpochMetrics m) {
        clearLine();
        StringBuilder s = new StringBuilder(String.format(Locale.ROOT, "%-20s", m.step().label()));
        if (!Double.isNaN(m.trainAccuracy())) {
            s.append(
                    String.format(
                            Locale.ROOT,
                            " train loss %.4f acc %.4f",
                            m.trainLoss().total(),
                            m.trainAccuracy()));
        }
        if (!Double.isNaN(m.validationAccuracy())) {
            s.append(String.format(Locale.ROOT, "  val acc %.4f", m.validationAccuracy()));
        }
        if (!Double.isNaN(m.testAccuracy())) {
            s.append(String.format(Locale.ROOT, "  test acc %.4f", m.testAccuracy()));
        }
        s.append(String.format(Locale.ROOT, "  (%.1f s)", m.seconds()));
        out.println(s);
    }

    @Override
    public void onMessage(String message) {
        clearLine();
        out.println(message);
    }

    private void clearLine() {
        if (interactive) {
            out.print("\r" + " ".repeat(110) + "\r");
        }
    }

    static String duration(double seconds) {
        if (Double.isNaN(seconds)) {
            return "--";
        }
        long s = Math.round(seconds);
        return s >= 3600
                ? String.format(Locale.ROOT, "%dh%02dm", s / 3600, (s % 3600) / 60)
                : String.format(Locale.ROOT, "%dm%02ds", s / 60, s % 60);
    }
}
