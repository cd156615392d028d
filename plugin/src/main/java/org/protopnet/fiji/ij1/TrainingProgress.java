package org.protopnet.fiji.ij1;

import ij.IJ;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.protopnet.model.train.BatchProgress;
import org.protopnet.model.train.EpochMetrics;
import org.protopnet.model.train.TrainingListener;

/**
 * Training progress the ImageJ way: the progress bar and status line after each batch, a line in
 * the Log window and in a log file per step or message, and (with a display) a live curve window.
 * Closing it closes the log file.
 */
public final class TrainingProgress implements TrainingListener, AutoCloseable {
    private final Writer log;
    private final TrainingCurveWindow curve;
    private final List<EpochMetrics> history = new ArrayList<>();
    private long lastStatus;

    /**
     * @param logFile where every line also goes (created or replaced)
     * @param liveCurve whether to open the live training-curve window (needs a display)
     */
    public TrainingProgress(Path logFile, boolean liveCurve) throws IOException {
        Path parent = logFile.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        this.log = Files.newBufferedWriter(logFile, StandardCharsets.UTF_8);
        this.curve = liveCurve ? new TrainingCurveWindow() : null;
    }

    @Override
    public void onBatch(BatchProgress p) {
        long done = (long) p.stepIndex() * p.batches() + p.batch();
        IJ.showProgress((double) done / ((long) p.stepCount() * p.batches()));
        long now = System.nanoTime();
        if (now - lastStatus > 250_000_000L) {
            lastStatus = now;
            IJ.showStatus(
                    String.format(
                            Locale.ROOT,
                            "ProtoPNet: %s, batch %d/%d, loss %.3f, %s left (Esc cancels)",
                            p.step().label(),
                            p.batch(),
                            p.batches(),
                            p.loss().total(),
                            duration(p.secondsLeft())));
        }
    }

    @Override
    public void onStepEnd(EpochMetrics m) {
        line(
                String.format(
                        Locale.ROOT,
                        "%-20s train loss %.4f acc %.4f  val acc %.4f  (%.1f s)",
                        m.step().label(),
                        m.trainLoss().total(),
                        m.trainAccuracy(),
                        m.validationAccuracy(),
                        m.seconds()));
        history.add(m);
        if (curve != null) {
            curve.update(history);
        }
    }

    @Override
    public void onMessage(String message) {
        line(message);
    }

    /** Writes {@code text} to the Log window and the log file. */
    public synchronized void line(String text) {
        IJ.log("ProtoPNet: " + text);
        try {
            log.write(text);
            log.write(System.lineSeparator());
            log.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        IJ.showProgress(1.0);
        log.close();
    }

    private static String duration(double seconds) {
        if (Double.isNaN(seconds)) {
            return "--";
        }
        long s = Math.round(seconds);
        return String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
    }
}
