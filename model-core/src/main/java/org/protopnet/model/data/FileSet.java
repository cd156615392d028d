package org.protopnet.model.data;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A labelled set of image files: from a folder per class, or from a CSV manifest. Files are decoded
 * on demand by {@link ImageFiles}.
 */
public final class FileSet implements LabeledSet {
    /** One image file with its class index and split (null when the source gave none). */
    public record Entry(Path file, int label, Split split) {}

    private final List<String> classes;
    private final List<Entry> entries;

    public FileSet(List<String> classes, List<Entry> entries) {
        this.classes = List.copyOf(classes);
        this.entries = List.copyOf(entries);
    }

    /**
     * Opens {@code path}: a {@code .csv} manifest, or a folder (a folder per class, optionally
     * inside {@code train/}, {@code val/} and {@code test/}).
     */
    public static FileSet open(Path path) {
        if (Files.isRegularFile(path) && path.toString().toLowerCase().endsWith(".csv")) {
            return CsvManifest.read(path);
        }
        if (Files.isDirectory(path)) {
            return ClassFolders.read(path);
        }
        throw new DataException(path + ": neither a folder of class folders nor a .csv manifest");
    }

    @Override
    public List<String> classNames() {
        return classes;
    }

    @Override
    public int size() {
        return entries.size();
    }

    public Entry entry(int i) {
        return entries.get(i);
    }

    @Override
    public String source(int i) {
        return entries.get(i).file().toString();
    }

    @Override
    public CaseIdentity identity(int i) {
        return CaseIdentities.of(entries.get(i).file());
    }

    @Override
    public int label(int i) {
        return entries.get(i).label();
    }

    @Override
    public Split split(int i) {
        return entries.get(i).split();
    }

    @Override
    public RawImage load(int i) {
        return ImageFiles.read(entries.get(i).file());
    }

    /** Files of {@code dir} in name order; an unreadable folder names itself. */
    static List<Path> list(Path dir) {
        try (var s = Files.list(dir)) {
            return s.sorted().toList();
        } catch (IOException e) {
            throw new DataException(dir + ": cannot list folder: " + e.getMessage(), e);
        }
    }
}
