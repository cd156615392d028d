package org.protopnet.fiji.service;

import java.nio.file.Files;
import java.nio.file.Path;
import org.protopnet.model.data.DataException;
import org.protopnet.model.data.FileSet;
import org.protopnet.model.data.IdxSet;
import org.protopnet.model.data.LabeledSet;
import org.protopnet.model.data.PlantedPartSet;

/**
 * Opens the training data a user names: a folder per class, a CSV manifest, a folder of IDX files
 * (Fashion-MNIST), or {@code synthetic:N} for the built-in planted-part set.
 */
public final class DataSources {
    private DataSources() {}

    /**
     * @param limit for IDX data, keep only the first {@code limit} images of each file (0 = all)
     */
    public static LabeledSet open(String spec, int limit) {
        if (spec.startsWith("synthetic:")) {
            try {
                return new PlantedPartSet(Integer.parseInt(spec.substring(10)), 48, 7);
            } catch (NumberFormatException e) {
                throw new DataException("synthetic:N needs a number of images, got '" + spec + "'");
            }
        }
        Path path = Path.of(spec);
        if (!Files.exists(path)) {
            throw new DataException(path + ": no such file or folder");
        }
        if (Files.isDirectory(path)
                && (Files.exists(path.resolve("train-images-idx3-ubyte.gz"))
                        || Files.exists(path.resolve("train-images-idx3-ubyte")))) {
            return IdxSet.fashionMnist(path, limit);
        }
        return FileSet.open(path);
    }
}
