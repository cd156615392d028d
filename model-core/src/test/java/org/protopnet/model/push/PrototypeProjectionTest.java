package org.protopnet.model.push;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDManager;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.protopnet.model.ModelException;
import org.protopnet.model.TinyModels;
import org.protopnet.model.data.Augmentation;
import org.protopnet.model.data.Batch;
import org.protopnet.model.data.BatchStream;
import org.protopnet.model.data.PlantedPartSet;
import org.protopnet.model.data.Preprocessor;
import org.protopnet.model.data.Split;
import org.protopnet.model.nn.AddOnType;
import org.protopnet.model.nn.Architecture;
import org.protopnet.model.nn.GradMode;
import org.protopnet.model.nn.InputBatch;
import org.protopnet.model.nn.NetworkSpec;
import org.protopnet.model.nn.ProtoPNet;
import org.protopnet.model.nn.SimilarityFunction;

/** Push moves every prototype onto the nearest latent patch of an image of its own class. */
class PrototypeProjectionTest {
    private static final int SIZE = 32;
    private static final int BATCH = 16;
    private final PlantedPartSet data = new PlantedPartSet(90, SIZE, 5);

    private ProtoPNet net(NDManager m) {
        NetworkSpec spec =
                NetworkSpec.evenlySplit(
                        Architecture.SMALL_CNN,
                        SIZE,
                        3,
                        9,
                        8,
                        AddOnType.BOTTLENECK,
                        SimilarityFunction.LOG);
        return ProtoPNet.create(spec, m, 4);
    }

    @Test
    void everyPrototypeEqualsAPatchOfItsClassThatAttainsTheClassMinimum() {
        List<Integer> train = data.indicesOf(Split.TRAIN);
        try (NDManager m = NDManager.newBaseManager();
                ProtoPNet net = net(m);
                BatchStream stream =
                        new BatchStream(
                                data, new Preprocessor(TinyModels.greyInput(SIZE)), 1L << 26);
                GradMode.Restore g = GradMode.off()) {
            int p = 9;
            int depth = 8;
            float[] before = net.prototypeLayer().vectors().array().toFloatArray();
            List<float[]> latents = new ArrayList<>();
            List<int[]> owners = new ArrayList<>();
            int hh = 0;
            int ww = 0;
            Iterator<Batch> it = stream.batches(train, BATCH, Augmentation.NONE, 0);
            while (it.hasNext()) {
                Batch b = it.next();
                var z = net.latent(InputBatch.of(m, b), false);
                hh = (int) z.getShape().get(2);
                ww = (int) z.getShape().get(3);
                latents.add(z.toFloatArray());
                owners.add(b.indices());
                z.close();
            }
            PushResult result =
                    PrototypeProjection.push(
                            net, data, stream, train, BATCH, m, () -> false, done -> {});
            float[] after = net.prototypeLayer().vectors().array().toFloatArray();
            int plane = hh * ww;
            for (ProjectedPrototype pp : result.prototypes()) {
                int j = pp.prototype();
                assertEquals(net.spec().prototypeClass()[j], data.label(pp.imageIndex()));
                assertEquals(pp.prototypeClass(), data.label(pp.imageIndex()));
                // brute force: the minimum over all patches of all images of j's class
                double min = Double.POSITIVE_INFINITY;
                double atRecorded = Double.NaN;
                float[] recordedPatch = null;
                for (int b = 0; b < latents.size(); b++) {
                    float[] z = latents.get(b);
                    int[] idx = owners.get(b);
                    for (int n = 0; n < idx.length; n++) {
                        if (data.label(idx[n]) != pp.prototypeClass()) {
                            continue;
                        }
                        for (int k = 0; k < plane; k++) {
                            double d = 0;
                            float[] v = new float[depth];
                            for (int c = 0; c < depth; c++) {
                                v[c] = z[(n * depth + c) * plane + k];
                                double diff = v[c] - before[j * depth + c];
                                d += diff * diff;
                            }
                            min = Math.min(min, d);
                            if (idx[n] == pp.imageIndex() && k == pp.h() * ww + pp.w()) {
                                atRecorded = d;
                                recordedPatch = v;
                            }
                        }
                    }
                }
                for (int c = 0; c < depth; c++) {
                    assertEquals(
                            recordedPatch[c],
                            after[j * depth + c],
                            "prototype " + j + " component " + c + " is the recorded patch");
                }
                assertEquals(min, atRecorded, 1e-4 * (1 + min), "patch attains the class minimum");
                assertEquals(min, pp.distance(), 1e-3 * (1 + min));
            }
            assertEquals(p, result.prototypes().size());
        }
    }

    @Test
    void aClassWithoutPushImagesIsAnErrorNamingIt() {
        List<Integer> noDefects = new ArrayList<>();
        for (int i : data.indicesOf(Split.TRAIN)) {
            if (data.label(i) != 2) {
                noDefects.add(i);
            }
        }
        try (NDManager m = NDManager.newBaseManager();
                ProtoPNet net = net(m);
                BatchStream stream =
                        new BatchStream(
                                data, new Preprocessor(TinyModels.greyInput(SIZE)), 1L << 26)) {
            float[] before = net.prototypeLayer().vectors().array().toFloatArray();
            ModelException e =
                    assertThrows(
                            ModelException.class,
                            () ->
                                    PrototypeProjection.push(
                                            net,
                                            data,
                                            stream,
                                            noDefects,
                                            BATCH,
                                            m,
                                            () -> false,
                                            d -> {}));
            assertTrue(e.getMessage().contains("'linear defect'"), e.getMessage());
            assertTrue(
                    java.util.Arrays.equals(
                            before, net.prototypeLayer().vectors().array().toFloatArray()),
                    "prototypes unchanged after a failed push");
        }
    }
}
