package org.protopnet.fiji.service;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.NDScope;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.protopnet.model.DeviceChoice;
import org.protopnet.model.ModelException;
import org.protopnet.model.bundle.BundleReader;
import org.protopnet.model.bundle.BundleReader.LoadedModel;
import org.protopnet.model.data.ImageFiles;
import org.protopnet.model.data.Preprocessor;
import org.protopnet.model.io.HostTensor;
import org.protopnet.model.io.Npy;
import org.protopnet.model.nn.ForwardResult;
import org.protopnet.model.nn.InputBatch;

/**
 * Classifies images with a model bundle: ordinary image files, folders of them, and {@code .npy}
 * tensors already preprocessed to (N, 3, S, S). A bad input is reported and skipped; the others are
 * still classified.
 */
public final class ClassificationService {
    private static final int BATCH = 32;

    /** A failed input and why. */
    public record Failure(Path input, String reason) {}

    /** Predictions in input order (each .npy contributes its N rows), and the failures. */
    public record Outcome(
            List<Prediction> predictions, List<Failure> failures, List<String> classes) {}

    static {
        DicomImages.register();
    }

    public Outcome classify(Path model, List<Path> inputs, DeviceChoice device) {
        List<Failure> failures = new ArrayList<>();
        List<Prediction> predictions = new ArrayList<>();
        try (NDManager manager = NDManager.newBaseManager(device.resolve());
                LoadedModel loaded = BundleReader.load(model, manager.newSubManager())) {
            Preprocessor pre = new Preprocessor(loaded.bundle().input());
            int size = loaded.bundle().input().imageSize();
            List<String> classes = loaded.bundle().classNames();
            Pending pending = new Pending(pre.valuesPerImage());
            for (Path file : expand(inputs, failures)) {
                try {
                    if (file.toString().toLowerCase(Locale.ROOT).endsWith(".npy")) {
                        HostTensor t = Npy.read(Files.readAllBytes(file), file.toString());
                        long[] s = t.shape();
                        long count = s.length == 4 ? s[0] : 1;
                        if ((s.length != 4 && s.length != 3)
                                || s[s.length - 3] != 3
                                || s[s.length - 2] != size
                                || s[s.length - 1] != size) {
                            throw new ModelException(
                                    file
                                            + ": tensor shape "
                                            + t.shapeText()
                                            + " does not fit this model, which takes (N, 3, "
                                            + size
                                            + ", "
                                            + size
                                            + ") preprocessed tensors");
                        }
                        int per = pre.valuesPerImage();
                        for (int n = 0; n < count; n++) {
                            float[] one = new float[per];
                            System.arraycopy(t.data(), n * per, one, 0, per);
                            pending.add(file + (count > 1 ? "#" + n : ""), one);
                        }
                    } else {
                        float[] one = new float[pre.valuesPerImage()];
                        pre.prepare(ImageFiles.read(file), one, 0);
                        pending.add(file.toString(), one);
                    }
                } catch (IOException | RuntimeException e) {
                    failures.add(
                            new Failure(
                                    file, e.getMessage() == null ? e.toString() : e.getMessage()));
                }
                if (pending.count() >= BATCH) {
                    predictions.addAll(pending.run(loaded, manager, size, classes));
                }
            }
            predictions.addAll(pending.run(loaded, manager, size, classes));
            return new Outcome(predictions, failures, classes);
        }
    }

    private static List<Path> expand(List<Path> inputs, List<Failure> failures) {
        List<Path> files = new ArrayList<>();
        for (Path in : inputs) {
            if (Files.isDirectory(in)) {
                try (Stream<Path> walk = Files.walk(in)) {
                    walk.filter(Files::isRegularFile)
                            .filter(
                                    p ->
                                            ImageFiles.isImage(p)
                                                    || p.toString()
                                                            .toLowerCase(Locale.ROOT)
                                                            .endsWith(".npy"))
                            .sorted()
                            .forEach(files::add);
                } catch (IOException e) {
                    failures.add(new Failure(in, "cannot list folder: " + e.getMessage()));
                }
            } else if (Files.isRegularFile(in)) {
                files.add(in);
            } else {
                failures.add(new Failure(in, "no such file or folder"));
            }
        }
        return files;
    }

    /** Images waiting to be run as one batch. */
    private static final class Pending {
        private final int per;
        private final List<String> sources = new ArrayList<>();
        private final List<float[]> images = new ArrayList<>();

        Pending(int per) {
            this.per = per;
        }

        int count() {
            return images.size();
        }

        void add(String source, float[] image) {
            sources.add(source);
            images.add(image);
        }

        List<Prediction> run(LoadedModel model, NDManager manager, int size, List<String> classes) {
            List<Prediction> out = new ArrayList<>();
            if (images.isEmpty()) {
                return out;
            }
            float[] all = new float[images.size() * per];
            for (int i = 0; i < images.size(); i++) {
                System.arraycopy(images.get(i), 0, all, i * per, per);
            }
            try (NDScope scope = new NDScope()) {
                scope.suppressNotUsedWarning();
                NDArray x = InputBatch.of(manager, all, images.size(), size);
                ForwardResult r = model.network().forward(x, false);
                float[] logits = r.logits().toFloatArray();
                float[] probs = r.logits().softmax(1).toFloatArray();
                float[] min = r.minDistances().toFloatArray();
                float[] sim = r.similarities().toFloatArray();
                int c = classes.size();
                int p = model.network().spec().prototypeCount();
                for (int i = 0; i < images.size(); i++) {
                    float[] li = java.util.Arrays.copyOfRange(logits, i * c, (i + 1) * c);
                    int best = 0;
                    for (int k = 1; k < c; k++) {
                        if (li[k] > li[best]) {
                            best = k;
                        }
                    }
                    out.add(
                            new Prediction(
                                    sources.get(i),
                                    best,
                                    classes.get(best),
                                    li,
                                    java.util.Arrays.copyOfRange(probs, i * c, (i + 1) * c),
                                    java.util.Arrays.copyOfRange(min, i * p, (i + 1) * p),
                                    java.util.Arrays.copyOfRange(sim, i * p, (i + 1) * p)));
                }
            }
            sources.clear();
            images.clear();
            return out;
        }
    }
}
