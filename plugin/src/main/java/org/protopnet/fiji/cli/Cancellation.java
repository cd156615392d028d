package org.protopnet.fiji.cli;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;

/**
 * Turns Ctrl-C into a polite cancel: the flag is raised, and the JVM waits (up to a minute) for the
 * work to stop at its next batch so that files already written stay consistent.
 */
final class Cancellation implements BooleanSupplier, AutoCloseable {
    private final AtomicBoolean cancelled = new AtomicBoolean();
    private final CountDownLatch finished = new CountDownLatch(1);
    private final Thread hook;

    Cancellation() {
        hook =
                new Thread(
                        () -> {
                            cancelled.set(true);
                            System.err.println("\nprotopnet: cancelling at the next batch...");
                            try {
                                finished.await(60, TimeUnit.SECONDS);
                            } catch (InterruptedException e) {
                                Thread.currentThread().interrupt();
                            }
                        },
                        "protopnet-cancel");
        Runtime.getRuntime().addShutdownHook(hook);
    }

    @Override
    public boolean getAsBoolean() {
        return cancelled.get();
    }

    @Override
    public void close() {
        finished.countDown();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // the hook is running: it will see the latch
        }
    }
}
