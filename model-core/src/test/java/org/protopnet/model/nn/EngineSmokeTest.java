package org.protopnet.model.nn;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.norm.BatchNorm;
import org.junit.jupiter.api.Test;

class EngineSmokeTest {
    @Test
    void batchNormArgumentOrder() {
        System.out.println(
                Engine.getInstance().getEngineName() + " " + Engine.getInstance().getVersion());
        try (NDManager m = NDManager.newBaseManager()) {
            NDArray x = m.create(new float[] {1, 2, 3, 4}, new Shape(1, 4, 1, 1));
            NDArray mean = m.create(new float[] {0, 0, 0, 0});
            NDArray var = m.create(new float[] {1, 1, 1, 1});
            NDArray gamma = m.create(new float[] {2, 2, 2, 2});
            NDArray beta = m.create(new float[] {10, 10, 10, 10});
            NDArray y = BatchNorm.batchNorm(x, mean, var, gamma, beta, 1, 0.9f, 0f, false).head();
            System.out.println(java.util.Arrays.toString(y.toFloatArray()));
        }
    }
}
