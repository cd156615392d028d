package org.protopnet.fiji.cli;

import java.io.PrintStream;
import java.util.Locale;
import org.protopnet.fiji.service.BatchListener;

/**
 * Batch progress on a terminal: a bar redrawn in place (studies done of all, rate, time left) and a
 * permanent line per failed study. Without a terminal, a line every 10 % instead of the bar.
 */
final class BatchProgressBar implements BatchListener {
    private static final int WIDTH = 30;
    private final PrintStream out;
    private final boolean interactive;
    private final String command;
    private long total;
    private long started;
    private long lastDraw;
    private long lastTenth = -1;

    BatchProgressBar(PrintStream out, String command) {
        this.out = out;
        this.command = command;
        this.interactive = System.console() != null;
    }

    @Override
    public synchronized void onStart(long studies) {
        total = studies;
        started = System.nanoTime();
        out.println(studies + " studies to classify");
    }

    @Override
    public synchronized void onStudy(long done, String id, String failure) {
        if (failure != null) {
            clear();
            out.println("protopnet " + command + ": " + id + ": " + failure);
        }
        long now = System.nanoTime();
        double seconds = (now - started) / 1e9;
        double rate = done / Math.max(1e-9, seconds);
        double left = total > done ? (total - done) / Math.max(1e-9, rate) : 0;
        if (interactive) {
            if (now - lastDraw < 200_000_000L && done < total) {
                return;
            }
            lastDraw = now;
            int filled = total == 0 ? WIDTH : (int) (WIDTH * done / total);
            out.printf(
                    Locale.ROOT,
                    "\r[%s] %d/%d studies  %.1f/min  ETA %s   ",
                    "#".repeat(filled) + "-".repeat(WIDTH - filled),
                    done,
                    total,
                    rate * 60,
                    ConsoleProgress.duration(left));
            out.flush();
        } else {
            long tenth = total == 0 ? 10 : done * 10 / total;
            if (tenth != lastTenth) {
                lastTenth = tenth;
                out.printf(
                        Locale.ROOT,
                        "%d/%d studies (%.1f/min, ETA %s)%n",
                        done,
                        total,
                        rate * 60,
                        ConsoleProgress.duration(left));
            }
        }
    }

    @Override
    public synchronized void onMessage(String message) {
        clear();
        out.println(message);
    }

    /** Ends the bar's line. */
    synchronized void finish() {
        if (interactive) {
            out.println();
        }
    }

    private void clear() {
        if (interactive) {
            out.print("\r" + " ".repeat(90) + "\r");
        }
    }
}
