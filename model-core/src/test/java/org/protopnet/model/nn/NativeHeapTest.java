package org.protopnet.model.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class NativeHeapTest {
    private static final int TENSORS = 40;
    private static final int FLOATS = 1 << 20;
    private static final long PAGES_PER_ROUND = (long) TENSORS * FLOATS * 4 / 4096;

    @Test
    void tensorMemoryFreedTogetherIsReusedWithoutFaultingItInAgain() throws IOException {
        assumeTrue(Files.exists(Path.of("/proc/self/stat")), "needs Linux /proc");
        assertEquals(NativeHeap.State.TUNED, NativeHeap.tune());
        try (NDManager manager = NDManager.newBaseManager()) {
            round(manager);
            long before = minorFaults();
            for (int r = 0; r < 4; r++) {
                round(manager);
            }
            long perRound = (minorFaults() - before) / 4;
            // untuned, glibc trims or unmaps the freed 160 MB and every round faults all of it in
            assertTrue(
                    perRound < PAGES_PER_ROUND / 4,
                    perRound + " page faults per round of " + PAGES_PER_ROUND + " pages");
        }
    }

    @Test
    void blocksAboveGlibcsLargestMmapThresholdAreReusedToo() throws IOException {
        assumeTrue(Files.exists(Path.of("/proc/self/stat")), "needs Linux /proc");
        assertEquals(NativeHeap.State.TUNED, NativeHeap.tune());
        int floats = 12 << 20; // 48 MiB, above the 32 MiB glibc allows as mmap threshold
        long pages = 4L * floats * 4 / 4096;
        try (NDManager manager = NDManager.newBaseManager()) {
            for (int warmUp = 0; warmUp < 3; warmUp++) {
                round(manager, 4, floats); // the heap settles into reusing every block
            }
            long before = minorFaults();
            for (int r = 0; r < 4; r++) {
                round(manager, 4, floats);
            }
            long perRound = (minorFaults() - before) / 4;
            // mapped afresh for each tensor, every round faults in all of its pages
            assertTrue(perRound < pages / 4, perRound + " page faults per round of " + pages);
        }
    }

    private static void round(NDManager manager) {
        round(manager, TENSORS, FLOATS);
    }

    /** Like a training step: tensors written, then all freed at once. */
    private static void round(NDManager manager, int tensors, int floats) {
        try (NDManager step = manager.newSubManager()) {
            for (int i = 0; i < tensors; i++) {
                step.ones(new Shape(floats)).muli(i);
            }
        }
    }

    private static long minorFaults() throws IOException {
        String stat = Files.readString(Path.of("/proc/self/stat"));
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return Long.parseLong(fields[7]);
    }
}
