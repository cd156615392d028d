package org.protopnet.model.nn;

import com.sun.jna.Function;
import com.sun.jna.NativeLibrary;
import com.sun.jna.Platform;
import java.util.Map;

/**
 * Keeps the C allocator from handing tensor memory back to the kernel between training steps.
 *
 * <p>DJL frees a step's tensors together, when the step's scope closes. glibc then returns those
 * hundreds of megabytes to the kernel (trimming the heap top, unmapping large blocks), and the next
 * step page-faults every one of them in again: about 40,000 faults per ResNet-18 step at 64 px,
 * half of the step's time. Fixing glibc's mmap threshold, trim threshold and top pad ({@code
 * mallopt}) keeps freed memory in the process for the next step to reuse, as Python's PyTorch,
 * which frees tensors one by one, effectively gets on its own. glibc caps the mmap threshold at 32
 * MiB, so blocks above it (a ResNet stem's output at 224 px and batch 16 is 51 MB) would still be
 * mapped fresh and faulted in on every use (an elementwise op on one: 97 ms instead of 2 ms); mmap
 * is therefore switched off ({@code M_MMAP_MAX} 0) and such blocks come from the heap like the
 * rest. The price is that memory freed after a step stays with the process (up to the trim
 * threshold).
 *
 * <p>Linux with glibc only. It leaves the allocator alone when the user tuned it (a {@code
 * MALLOC_*_} variable, or {@code glibc.malloc.*} in {@code GLIBC_TUNABLES}) or when {@code
 * -Dprotopnet.malloc=default}.
 */
public final class NativeHeap {
    /** What {@link #tune()} did. */
    public enum State {
        /** The thresholds are set. */
        TUNED,
        /** The user's settings win ({@code MALLOC_*_}, {@code GLIBC_TUNABLES} or the property). */
        LEFT_TO_USER,
        /** Not Linux, or a C library without {@code mallopt}. */
        UNSUPPORTED
    }

    /** glibc's {@code mallopt} parameter numbers (malloc.h). */
    private static final int M_TRIM_THRESHOLD = -1;

    private static final int M_TOP_PAD = -2;
    private static final int M_MMAP_THRESHOLD = -3;
    private static final int M_MMAP_MAX = -4;

    /** The largest block glibc allows below its mmap threshold on 64-bit systems. */
    private static final int MMAP_THRESHOLD = 32 << 20;

    /** Free memory at the heap top kept before trimming. */
    private static final int TRIM_THRESHOLD = Integer.MAX_VALUE;

    /** Extra memory taken with each heap growth, so a training step grows the heap rarely. */
    private static final int TOP_PAD = 256 << 20;

    private static State state;

    private NativeHeap() {}

    /** Sets the allocator's thresholds once per process; later calls return the first result. */
    public static synchronized State tune() {
        if (state == null) {
            state = apply(System.getenv(), System.getProperty("protopnet.malloc", ""));
        }
        return state;
    }

    private static State apply(Map<String, String> env, String property) {
        if (property.equals("default")
                || env.getOrDefault("GLIBC_TUNABLES", "").contains("glibc.malloc.")
                || env.keySet().stream()
                        .anyMatch(k -> k.startsWith("MALLOC_") && k.endsWith("_"))) {
            return State.LEFT_TO_USER;
        }
        if (!Platform.isLinux()) {
            return State.UNSUPPORTED;
        }
        try {
            Function mallopt =
                    NativeLibrary.getInstance(Platform.C_LIBRARY_NAME).getFunction("mallopt");
            boolean ok =
                    mallopt.invokeInt(new Object[] {M_MMAP_THRESHOLD, MMAP_THRESHOLD}) == 1
                            && mallopt.invokeInt(new Object[] {M_TRIM_THRESHOLD, TRIM_THRESHOLD})
                                    == 1
                            && mallopt.invokeInt(new Object[] {M_TOP_PAD, TOP_PAD}) == 1
                            && mallopt.invokeInt(new Object[] {M_MMAP_MAX, 0}) == 1;
            return ok ? State.TUNED : State.UNSUPPORTED;
        } catch (UnsatisfiedLinkError | RuntimeException e) {
            return State.UNSUPPORTED;
        }
    }
}
