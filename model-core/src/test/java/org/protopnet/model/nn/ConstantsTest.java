package org.protopnet.model.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.training.GradientCollector;
import java.nio.ByteBuffer;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConstantsTest {

    @Test
    void theGradientOfAProductWithAConstantSurvivesAGarbageCollectionBeforeBackward()
            throws Exception {
        try (NDManager m = NDManager.newBaseManager();
                GradMode.Restore g = GradMode.on()) {
            NDArray x = m.create(new float[] {1f, -2f, 0.5f});
            x.setRequiresGradient(true);
            try (GradientCollector gc = Engine.getInstance().newGradientCollector()) {
                NDArray y = Constants.times(x, 0.8).sum();
                List<ByteBuffer> reused = CollectorChurn.collectAndReuse();
                gc.backward(y);
                assertArrayEquals(
                        new float[] {0.8f, 0.8f, 0.8f}, x.getGradient().toFloatArray(), 0f);
                reused.clear();
            }
        }
    }
}
