package org.protopnet.fiji.service;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.NDScope;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.protopnet.model.DeviceChoice;
import org.protopnet.model.bundle.BundleReader;
import org.protopnet.model.bundle.BundleReader.LoadedModel;
import org.protopnet.model.data.Preprocessor;
import org.protopnet.model.data.RawImage;
import org.protopnet.model.explain.Explainer;
import org.protopnet.model.explain.Explanation;
import org.protopnet.model.nn.InputBatch;
import org.protopnet.model.push.PrototypeCatalog;

/**
 * A loaded model bundle ready to explain images: preprocessing as stored in the bundle, the
 * network, and the prototype catalog. Use it from one thread at a time (one per worker); close it
 * to free native memory.
 *
 * <pre>{@code
 * try (ModelSession s = ModelSession.open(Path.of("m.protopnet"), DeviceChoice.AUTO)) {
 *     FrameResult r = s.explain(InputFile.frames(file).get(0), file.toString(), 0, 3);
 * }
 * }</pre>
 */
public final class ModelSession implements AutoCloseable {
    /** Images per network call. */
    static final int BATCH = 16;

    private final NDManager manager;
    private final LoadedModel model;
    private final Preprocessor preprocessor;
    private final Explainer explainer;

    private ModelSession(NDManager manager, LoadedModel model) {
        this.manager = manager;
        this.model = model;
        this.preprocessor = new Preprocessor(model.bundle().input());
        this.explainer = new Explainer(model);
    }

    /**
     * Loads {@code bundle} on {@code device}; a bad bundle is an exception naming what is wrong.
     */
    public static ModelSession open(Path bundle, DeviceChoice device) {
        NDManager manager = NDManager.newBaseManager(device.resolve());
        try {
            return new ModelSession(manager, BundleReader.load(bundle, manager.newSubManager()));
        } catch (RuntimeException e) {
            manager.close();
            throw e;
        }
    }

    /** Class names in label order. */
    public List<String> classNames() {
        return model.bundle().classNames();
    }

    /** The model's input size S (images are resized to S x S). */
    public int imageSize() {
        return model.bundle().input().imageSize();
    }

    /** The prototypes' source cases and pictures, when the bundle has them. */
    public Optional<PrototypeCatalog> catalog() {
        return explainer.catalog();
    }

    /** The loaded model (bundle and network). */
    public LoadedModel model() {
        return model;
    }

    /** Explains one image (any size, grey or RGB, pixels in [0, 1]). */
    public FrameResult explain(RawImage image, String source, int frame, int topK) {
        return explainAll(List.of(image), source, topK).get(0).withFrame(frame);
    }

    /** Explains the frames of one study; frame numbers are the list positions. */
    public List<FrameResult> explainAll(List<RawImage> images, String source, int topK) {
        List<FrameResult> out = new ArrayList<>(images.size());
        int per = preprocessor.valuesPerImage();
        for (int start = 0; start < images.size(); start += BATCH) {
            int n = Math.min(BATCH, images.size() - start);
            float[] x = new float[n * per];
            for (int i = 0; i < n; i++) {
                preprocessor.prepare(images.get(start + i), x, i * per);
            }
            List<Explanation> ex = explainPrepared(x, n, topK);
            for (int i = 0; i < n; i++) {
                RawImage img = images.get(start + i);
                out.add(new FrameResult(source, start + i, img.width(), img.height(), ex.get(i)));
            }
        }
        return out;
    }

    /**
     * Explains {@code n} images already preprocessed to (n, 3, S, S) (e.g. a {@code .npy}); their
     * results are in input coordinates (width = height = S).
     */
    public List<FrameResult> explainPreprocessed(float[] x, int n, String source, int topK) {
        List<FrameResult> out = new ArrayList<>(n);
        int per = preprocessor.valuesPerImage();
        int s = imageSize();
        for (int start = 0; start < n; start += BATCH) {
            int m = Math.min(BATCH, n - start);
            float[] chunk = new float[m * per];
            System.arraycopy(x, start * per, chunk, 0, m * per);
            List<Explanation> ex = explainPrepared(chunk, m, topK);
            for (int i = 0; i < m; i++) {
                out.add(new FrameResult(source, start + i, s, s, ex.get(i)));
            }
        }
        return out;
    }

    private List<Explanation> explainPrepared(float[] x, int n, int topK) {
        try (NDScope scope = new NDScope()) {
            scope.suppressNotUsedWarning();
            NDArray batch = InputBatch.of(manager, x, n, imageSize());
            return explainer.explain(batch, topK);
        }
    }

    @Override
    public void close() {
        model.close();
        manager.close();
    }
}
