package org.protopnet.model.nn;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** Autograd is switched per thread, and off means no graph and in-place writes to leaves work. */
class GradModeTest {

    @Test
    void offOnAFreshThreadAllowsInPlaceWritesToTrainableArraysAndRestores() throws Exception {
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread t =
                new Thread(
                        () -> {
                            try (NDManager m = NDManager.newBaseManager()) {
                                boolean before = GradMode.isOn();
                                NDArray leaf = m.ones(new ai.djl.ndarray.types.Shape(4));
                                leaf.setRequiresGradient(true);
                                try (GradMode.Restore g = GradMode.off()) {
                                    assertFalse(GradMode.isOn());
                                    leaf.subi(1f);
                                    assertFalse(leaf.mul(2f).hasGradient());
                                }
                                assertTrue(GradMode.isOn() == before);
                                try (GradMode.Restore g = GradMode.on()) {
                                    assertTrue(GradMode.isOn());
                                }
                            } catch (Throwable e) {
                                failure.set(e);
                            }
                        });
        t.start();
        t.join();
        if (failure.get() != null) {
            throw new AssertionError(failure.get());
        }
    }
}
