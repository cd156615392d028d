package org.protopnet.model.nn;

import ai.djl.engine.Engine;
import ai.djl.pytorch.jni.JniUtils;

/**
 * PyTorch's autograd switch, which is per thread: a thread that has never set it records graphs
 * (PyTorch's default), so inference there wastes memory and in-place writes to trainable parameters
 * fail ("a leaf Variable that requires grad is being used in an in-place operation"). Training
 * turns it on for its own thread; push, explanation and evaluation turn it off for theirs.
 *
 * <pre>
 * try (GradMode.Restore r = GradMode.off()) {
 *     net.forward(x, false);
 * }
 * </pre>
 */
public final class GradMode {
    private GradMode() {}

    /** Puts the previous setting back when closed; closing twice is harmless. */
    public static final class Restore implements AutoCloseable {
        private final boolean previous;
        private boolean closed;

        private Restore(boolean previous) {
            this.previous = previous;
        }

        @Override
        public void close() {
            if (!closed) {
                closed = true;
                set(previous);
            }
        }
    }

    /** Turns autograd off on this thread; the returned handle restores what was there. */
    public static Restore off() {
        return switchTo(false);
    }

    /** Turns autograd on on this thread; the returned handle restores what was there. */
    public static Restore on() {
        return switchTo(true);
    }

    /** Whether this thread records autograd graphs now. */
    public static boolean isOn() {
        Engine.getInstance();
        return JniUtils.isGradMode();
    }

    private static Restore switchTo(boolean on) {
        boolean previous = isOn();
        set(on);
        return new Restore(previous);
    }

    private static void set(boolean on) {
        Engine.getInstance();
        JniUtils.setGradMode(on);
    }
}
