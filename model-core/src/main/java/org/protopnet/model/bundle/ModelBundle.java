package org.protopnet.model.bundle;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.protopnet.model.data.InputSpec;
import org.protopnet.model.io.StateDict;
import org.protopnet.model.nn.NetworkSpec;
import org.protopnet.model.train.TrainingConfig;

/**
 * Everything a trained model is, in memory: what the network looks like, how its input is prepared,
 * what its classes are called, its weights, and how it was trained. {@code files} holds further
 * entries by path (history, curves, prototype pictures).
 *
 * <pre>
 * BundleWriter.write(bundle, Path.of("model.protopnet"));
 * ModelBundle again = BundleReader.read(Path.of("model.protopnet"));
 * </pre>
 */
public record ModelBundle(
        NetworkSpec network,
        InputSpec input,
        List<String> classNames,
        StateDict weights,
        TrainingConfig training,
        Map<String, byte[]> files) {

    /** The bundle layout this code writes and the only one it reads. */
    public static final int FORMAT_VERSION = 1;

    public static final String MODEL_JSON = "model.json";
    public static final String WEIGHTS = "weights.npz";
    public static final String HISTORY = "history.csv";

    public ModelBundle {
        if (classNames.size() != network.numClasses()) {
            throw new BundleException(
                    classNames.size() + " class names for " + network.numClasses() + " classes");
        }
        if (network.imageSize() != input.imageSize()) {
            throw new BundleException(
                    "network image size "
                            + network.imageSize()
                            + " differs from input size "
                            + input.imageSize());
        }
        classNames = List.copyOf(classNames);
        files = new LinkedHashMap<>(files);
    }

    /** A copy with {@code path} set to {@code content}. */
    public ModelBundle withFile(String path, byte[] content) {
        Map<String, byte[]> f = new LinkedHashMap<>(files);
        f.put(EntryNames.check(path), content);
        return new ModelBundle(network, input, classNames, weights, training, f);
    }
}
