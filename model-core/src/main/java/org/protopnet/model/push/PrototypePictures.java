package org.protopnet.model.push;

import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.NDScope;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.TreeSet;
import org.protopnet.model.data.Augmentation;
import org.protopnet.model.data.Batch;
import org.protopnet.model.data.BatchStream;
import org.protopnet.model.data.CaseIdentity;
import org.protopnet.model.data.InputSpec;
import org.protopnet.model.data.LabeledSet;
import org.protopnet.model.explain.ActivationMap;
import org.protopnet.model.explain.Box;
import org.protopnet.model.io.HostTensor;
import org.protopnet.model.nn.ForwardResult;
import org.protopnet.model.nn.GradMode;
import org.protopnet.model.nn.InputBatch;
import org.protopnet.model.nn.ProtoPNet;
import org.protopnet.model.nn.SimilarityFunction;
import org.protopnet.model.visual.HeatmapOverlay;
import org.protopnet.model.visual.InputImage;

/**
 * Turns a push into a {@link PrototypeCatalog}: reads again only the images prototypes were pushed
 * onto, computes each prototype's self-activation on its source with the pushed network, and draws
 * source, patch (95th-percentile box of the bicubically upsampled map) and heat-map overlay.
 */
public final class PrototypePictures {
    /** The percentile whose box is a prototype's patch, as the authors use. */
    public static final double PATCH_PERCENTILE = 95;

    private PrototypePictures() {}

    /** The catalog of {@code push}; {@code net} must hold the pushed prototypes. */
    public static PrototypeCatalog render(
            ProtoPNet net,
            LabeledSet set,
            BatchStream stream,
            PushResult push,
            int batchSize,
            NDManager manager) {
        int p = push.prototypes().size();
        InputSpec spec = stream.spec();
        int size = spec.imageSize();
        ReceptiveField rf = ReceptiveField.of(net.geometry(), size);
        SimilarityFunction act = net.spec().activation();
        float eps = net.spec().epsilon();
        TreeSet<Integer> images = new TreeSet<>();
        push.prototypes().forEach(pp -> images.add(pp.imageIndex()));
        PrototypeRecord[] records = new PrototypeRecord[p];
        PrototypeCatalog.Pictures[] pictures = new PrototypeCatalog.Pictures[p];
        Iterator<Batch> it =
                stream.batches(new ArrayList<>(images), batchSize, Augmentation.NONE, 0);
        try (GradMode.Restore g = GradMode.off()) {
            while (it.hasNext()) {
                Batch b = it.next();
                float[] dist;
                int hh;
                int ww;
                try (NDScope scope = new NDScope()) {
                    scope.suppressNotUsedWarning();
                    ForwardResult out = net.forward(InputBatch.of(manager, b), false);
                    long[] shape = out.distances().getShape().getShape();
                    hh = (int) shape[2];
                    ww = (int) shape[3];
                    dist = out.distances().toFloatArray();
                }
                int plane = hh * ww;
                int per = 3 * size * size;
                for (int n = 0; n < b.count(); n++) {
                    BufferedImage source = null;
                    for (ProjectedPrototype pp : push.prototypes()) {
                        if (pp.imageIndex() != b.indices()[n]) {
                            continue;
                        }
                        if (source == null) {
                            source = InputImage.of(b.images(), n * per, spec);
                        }
                        int j = pp.prototype();
                        float[] sim = new float[plane];
                        int base = (n * p + j) * plane;
                        for (int k = 0; k < plane; k++) {
                            sim[k] = (float) act.apply(dist[base + k], eps);
                        }
                        ActivationMap map = ActivationMap.upsampled(sim, hh, ww, size);
                        Box box = map.percentileBox(PATCH_PERCENTILE);
                        CaseIdentity id = set.identity(pp.imageIndex());
                        records[j] =
                                new PrototypeRecord(
                                        j,
                                        pp.prototypeClass(),
                                        set.classNames().get(pp.prototypeClass()),
                                        id.path(),
                                        id.sopInstanceUid(),
                                        id.frame(),
                                        pp.h(),
                                        pp.w(),
                                        pp.distance(),
                                        rf.box(pp.h(), pp.w()),
                                        box);
                        pictures[j] =
                                new PrototypeCatalog.Pictures(
                                        source,
                                        InputImage.crop(source, box),
                                        HeatmapOverlay.blend(source, map),
                                        new HostTensor(new long[] {hh, ww}, sim));
                    }
                }
            }
        }
        return PrototypeCatalog.of(List.of(records), List.of(pictures));
    }
}
