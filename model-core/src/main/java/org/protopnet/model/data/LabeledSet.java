package org.protopnet.model.data;

import java.util.ArrayList;
import java.util.List;

/**
 * A labelled image set: class names, and for each image where it comes from, its class and its
 * split. Pixels are read on demand through {@link #load(int)}.
 */
public interface LabeledSet {
    /** Class names, index = label. */
    List<String> classNames();

    int size();

    /** Where image {@code i} comes from (a path, or file plus index), for messages and records. */
    String source(int i);

    int label(int i);

    /** The split image {@code i} was assigned, or null when the source did not say. */
    Split split(int i);

    /**
     * Which case image {@code i} is (path, and for DICOM the SOP Instance UID and frame), recorded
     * with the prototypes pushed onto it. By default its {@link #source(int)}.
     */
    default CaseIdentity identity(int i) {
        return CaseIdentity.ofPath(source(i));
    }

    /** Decodes image {@code i}; errors name its source. */
    RawImage load(int i);

    /** Indices of the images in {@code split}, in order. */
    default List<Integer> indicesOf(Split wanted) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < size(); i++) {
            if (split(i) == wanted) {
                out.add(i);
            }
        }
        return out;
    }
}
