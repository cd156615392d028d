package org.protopnet.model.nn;

import java.util.Arrays;
import org.protopnet.model.ModelException;

/**
 * Everything that fixes a ProtoPNet's shape: backbone, input size, classes, prototypes (count,
 * depth and the class each belongs to), add-on layers and similarity function. Two networks with
 * equal specs accept the same weights.
 *
 * @param prototypeClass for each prototype j, the class it belongs to
 */
public record NetworkSpec(
        Architecture architecture,
        int imageSize,
        int numClasses,
        int prototypeDepth,
        int[] prototypeClass,
        AddOnType addOnType,
        SimilarityFunction activation,
        float epsilon) {

    /** The authors' epsilon in {@code log((d + 1) / (d + epsilon))}. */
    public static final float DEFAULT_EPSILON = 1e-4f;

    public NetworkSpec {
        if (imageSize < 8) {
            throw new ModelException("image size " + imageSize + " is too small (at least 8)");
        }
        if (numClasses < 2) {
            throw new ModelException("need at least 2 classes, got " + numClasses);
        }
        if (prototypeDepth < 1 || prototypeClass.length < numClasses) {
            throw new ModelException(
                    "need at least one prototype per class: "
                            + prototypeClass.length
                            + " prototypes for "
                            + numClasses
                            + " classes");
        }
        boolean[] seen = new boolean[numClasses];
        for (int c : prototypeClass) {
            if (c < 0 || c >= numClasses) {
                throw new ModelException(
                        "prototype class " + c + " outside 0.." + (numClasses - 1));
            }
            seen[c] = true;
        }
        for (int c = 0; c < numClasses; c++) {
            if (!seen[c]) {
                throw new ModelException("class " + c + " has no prototype");
            }
        }
        prototypeClass = prototypeClass.clone();
    }

    /**
     * The authors' layout: {@code prototypeCount / numClasses} prototypes per class, prototype j
     * belonging to class {@code j / (P / C)}.
     */
    public static NetworkSpec evenlySplit(
            Architecture architecture,
            int imageSize,
            int numClasses,
            int prototypeCount,
            int prototypeDepth,
            AddOnType addOnType,
            SimilarityFunction activation) {
        if (prototypeCount % numClasses != 0) {
            throw new ModelException(
                    prototypeCount
                            + " prototypes do not split evenly over "
                            + numClasses
                            + " classes");
        }
        int perClass = prototypeCount / numClasses;
        int[] classes = new int[prototypeCount];
        for (int j = 0; j < prototypeCount; j++) {
            classes[j] = j / perClass;
        }
        return new NetworkSpec(
                architecture,
                imageSize,
                numClasses,
                prototypeDepth,
                classes,
                addOnType,
                activation,
                DEFAULT_EPSILON);
    }

    public int prototypeCount() {
        return prototypeClass.length;
    }

    @Override
    public int[] prototypeClass() {
        return prototypeClass.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof NetworkSpec s
                && architecture == s.architecture
                && imageSize == s.imageSize
                && numClasses == s.numClasses
                && prototypeDepth == s.prototypeDepth
                && Arrays.equals(prototypeClass, s.prototypeClass)
                && addOnType == s.addOnType
                && activation == s.activation
                && Float.compare(epsilon, s.epsilon) == 0;
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(prototypeClass) * 31 + architecture.hashCode();
    }

    @Override
    public String toString() {
        return architecture.id()
                + " "
                + imageSize
                + "px, "
                + numClasses
                + " classes, "
                + prototypeCount()
                + "x"
                + prototypeDepth
                + " prototypes, "
                + addOnType.id()
                + " add-on, "
                + activation.id();
    }
}
