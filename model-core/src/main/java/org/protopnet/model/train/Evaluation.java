package org.protopnet.model.train;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.NDScope;
import java.util.Iterator;
import java.util.List;
import org.protopnet.model.data.Augmentation;
import org.protopnet.model.data.Batch;
import org.protopnet.model.data.BatchStream;
import org.protopnet.model.nn.ForwardResult;
import org.protopnet.model.nn.GradMode;
import org.protopnet.model.nn.InputBatch;
import org.protopnet.model.nn.ProtoPNet;

/** Accuracy and mean loss terms of a network on a set of images, in inference mode. */
public record Evaluation(double accuracy, LossValues loss, int images) {

    /** Evaluates {@code net} on {@code indices} (NaN accuracy when there are none). */
    public static Evaluation of(
            ProtoPNet net,
            ProtoPNetLoss lossFn,
            BatchStream stream,
            List<Integer> indices,
            int batchSize,
            NDManager manager) {
        if (indices.isEmpty()) {
            return new Evaluation(Double.NaN, LossValues.ZERO, 0);
        }
        try (GradMode.Restore g = GradMode.off()) {
            return run(net, lossFn, stream, indices, batchSize, manager);
        }
    }

    private static Evaluation run(
            ProtoPNet net,
            ProtoPNetLoss lossFn,
            BatchStream stream,
            List<Integer> indices,
            int batchSize,
            NDManager manager) {
        long correct = 0;
        LossValues sum = LossValues.ZERO;
        Iterator<Batch> it = stream.batches(indices, batchSize, Augmentation.NONE, 0);
        while (it.hasNext()) {
            Batch b = it.next();
            try (NDScope scope = new NDScope()) {
                scope.suppressNotUsedWarning();
                NDArray x = InputBatch.of(manager, b);
                NDArray y = manager.create(b.labels());
                ForwardResult out = net.forward(x, false);
                LossValues v = lossFn.compute(out, y, net.lastLayer().weight().array()).values();
                sum = sum.plus(v, b.count());
                correct += out.logits().argMax(1).eq(y).sum().getLong();
            }
        }
        int n = indices.size();
        return new Evaluation((double) correct / n, LossValues.ZERO.plus(sum, 1.0 / n), n);
    }
}
