package org.protopnet.model.nn;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

/**
 * What can happen to Java-owned native memory between a forward and a backward pass: the garbage
 * collector frees every direct buffer nobody references, and new buffers take their place. The new
 * buffers are filled with a large float, so a tensor still reading freed memory reads nonsense.
 */
public final class CollectorChurn {
    private CollectorChurn() {}

    /**
     * Collects garbage, lets the cleaner free unreachable direct buffers, then allocates small
     * direct buffers over the freed memory; keep the returned list until the reading is done.
     */
    public static List<ByteBuffer> collectAndReuse() throws InterruptedException {
        for (int round = 0; round < 2; round++) {
            System.gc();
            Thread.sleep(50);
        }
        List<ByteBuffer> reused = new ArrayList<>();
        for (int k = 0; k < 20_000; k++) {
            ByteBuffer b = ByteBuffer.allocateDirect(4 * (1 + k % 16));
            while (b.hasRemaining()) {
                b.put((byte) 0x7f);
            }
            reused.add(b);
        }
        return reused;
    }
}
