package org.protopnet.fiji.command;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import org.protopnet.model.nn.GradMode;

/**
 * Runs a command's long work on a thread of its own and waits for it: never on Fiji's event thread,
 * and with PyTorch's grad mode off on that thread.
 *
 * <p>Grad mode is per thread in PyTorch and on by default in every new thread; DJL switches it off
 * only in the thread that first loads the engine. Inference on any other thread would build
 * autograd graphs (memory, time). Training is unaffected: it switches grad mode on for itself.
 *
 * <pre>{@code
 * TrainingOutcome o = Worker.call("ProtoPNet training", () -> service.train(request));
 * }</pre>
 */
public final class Worker {
    private Worker() {}

    /** Runs {@code work} on a new thread named {@code name}; its exception is rethrown here. */
    public static <T> T call(String name, Callable<T> work) throws Exception {
        FutureTask<T> task =
                new FutureTask<>(
                        () -> {
                            EngineDefaults.apply();
                            try (GradMode.Restore r = GradMode.off()) {
                                return work.call();
                            }
                        });
        Thread thread = new Thread(task, name);
        thread.setContextClassLoader(Worker.class.getClassLoader());
        thread.start();
        try {
            return task.get();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof Exception ex) {
                throw ex;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw e;
        }
    }
}
