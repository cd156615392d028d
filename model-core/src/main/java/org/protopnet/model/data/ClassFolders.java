package org.protopnet.model.data;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads a folder per class ({@code root/CLASS/IMAGE}), or {@code root/train|val|test/CLASS/IMAGE}
 * with the split taken from the first level. Class names are sorted; every split must use the
 * training split's classes.
 */
final class ClassFolders {
    private static final Set<String> IGNORED = Set.of("thumbs.db", "desktop.ini");

    private ClassFolders() {}

    static FileSet read(Path root) {
        List<Path> splitDirs = new ArrayList<>();
        for (Split s : Split.values()) {
            for (String name : names(s)) {
                Path d = root.resolve(name);
                if (Files.isDirectory(d)) {
                    splitDirs.add(d);
                }
            }
        }
        if (splitDirs.isEmpty()) {
            List<String> classes = classFolders(root);
            List<FileSet.Entry> entries = new ArrayList<>();
            addImages(root, classes, null, entries);
            return new FileSet(classes, entries);
        }
        Path train = root.resolve("train");
        if (!Files.isDirectory(train)) {
            throw new DataException(root + ": has split folders but no train/ folder");
        }
        List<String> classes = classFolders(train);
        List<FileSet.Entry> entries = new ArrayList<>();
        for (Path d : splitDirs) {
            Split split = Split.parse(d.getFileName().toString(), d.toString());
            for (String cls : classFolders(d)) {
                if (!classes.contains(cls)) {
                    throw new DataException(
                            d.resolve(cls)
                                    + ": class '"
                                    + cls
                                    + "' is not among the training classes "
                                    + classes);
                }
            }
            addImages(d, classes, split, entries);
        }
        return new FileSet(classes, entries);
    }

    private static List<String> names(Split s) {
        return switch (s) {
            case TRAIN -> List.of("train");
            case VAL -> List.of("val", "validation");
            case TEST -> List.of("test");
        };
    }

    private static List<String> classFolders(Path dir) {
        TreeSet<String> classes = new TreeSet<>();
        for (Path p : FileSet.list(dir)) {
            if (Files.isDirectory(p) && !p.getFileName().toString().startsWith(".")) {
                classes.add(p.getFileName().toString());
            }
        }
        if (classes.size() < 2) {
            throw new DataException(
                    dir + ": needs a folder per class (at least 2), found " + classes);
        }
        return new ArrayList<>(classes);
    }

    private static void addImages(
            Path dir, List<String> classes, Split split, List<FileSet.Entry> out) {
        for (int label = 0; label < classes.size(); label++) {
            Path classDir = dir.resolve(classes.get(label));
            if (!Files.isDirectory(classDir)) {
                continue;
            }
            int before = out.size();
            for (Path f : FileSet.list(classDir)) {
                String name = f.getFileName().toString();
                if (Files.isDirectory(f)
                        || name.startsWith(".")
                        || IGNORED.contains(name.toLowerCase())) {
                    continue;
                }
                if (!ImageFiles.isImage(f)) {
                    throw new DataException(
                            f
                                    + ": not an image file this product reads (PNG, JPEG, TIFF, BMP, GIF, DICOM)");
                }
                out.add(new FileSet.Entry(f, label, split));
            }
            if (out.size() == before) {
                throw new DataException(classDir + ": class folder has no images");
            }
        }
    }
}
