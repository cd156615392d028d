package org.protopnet.fiji.service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Finds the studies to classify under the inputs a user names: a file is one study, a folder is
 * walked (sorted, depth first, lazily: only one folder's listing is held at a time, so a folder of
 * 10,000 studies streams). Each input file (a DICOM file, single or multi-frame, an ordinary image
 * or a preprocessed {@code .npy}) is one study with a stable id, its path relative to the folder
 * named, which names its outputs. Notes and tables ({@code .csv}, {@code .txt}, {@code .json},
 * ...), hidden files and DICOMDIR are passed over silently; any other file is still returned so
 * that the caller can report why it cannot be read.
 *
 * <pre>{@code
 * try (Stream<StudySources.Source> s = StudySources.walk(List.of(folder))) {
 *     s.forEach(src -> classify(src.file(), src.id()));
 * }
 * }</pre>
 */
public final class StudySources {
    private static final Set<String> NOT_STUDIES =
            Set.of(
                    "csv",
                    "txt",
                    "json",
                    "md",
                    "html",
                    "htm",
                    "xml",
                    "log",
                    "pdf",
                    "zip",
                    "protopnet",
                    "ini",
                    "properties",
                    "yaml",
                    "yml");

    private StudySources() {}

    /**
     * One study: its file, its id (relative path with '/' separators) and its kind.
     *
     * @param root the folder (or file) the user named, which the id is relative to
     */
    public record Source(Path file, String id, InputFile.Kind kind, Path root) {}

    /** The studies under {@code inputs}, in order; a missing input is an exception naming it. */
    public static Stream<Source> walk(List<Path> inputs) {
        for (Path in : inputs) {
            if (!Files.exists(in)) {
                throw new IllegalArgumentException(in + ": no such file or folder");
            }
        }
        Iterator<Source> it = new Walker(inputs);
        return StreamSupport.stream(
                Spliterators.spliteratorUnknownSize(it, Spliterator.ORDERED | Spliterator.NONNULL),
                false);
    }

    /** Every study under {@code inputs} in a list (for small inputs, e.g. a few files). */
    public static List<Source> list(List<Path> inputs) {
        try (Stream<Source> s = walk(inputs)) {
            return s.toList();
        }
    }

    /** True when a file is one we never treat as a study (tables, notes, DICOMDIR, hidden). */
    static boolean ignored(Path file) {
        String name = file.getFileName().toString();
        if (name.startsWith(".") || name.equalsIgnoreCase("DICOMDIR")) {
            return true;
        }
        int dot = name.lastIndexOf('.');
        return dot > 0 && NOT_STUDIES.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    /** Depth-first, sorted, one folder listing at a time. */
    private static final class Walker implements Iterator<Source> {
        private final Iterator<Path> roots;
        private final Deque<Iterator<Path>> stack = new ArrayDeque<>();
        private Path root;
        private Source next;

        Walker(List<Path> inputs) {
            this.roots = List.copyOf(inputs).iterator();
        }

        @Override
        public boolean hasNext() {
            while (next == null) {
                if (stack.isEmpty()) {
                    if (!roots.hasNext()) {
                        return false;
                    }
                    root = roots.next();
                    if (Files.isDirectory(root)) {
                        stack.push(sortedListing(root));
                    } else {
                        next = source(root, root.getFileName().toString());
                    }
                    continue;
                }
                Iterator<Path> top = stack.peek();
                if (!top.hasNext()) {
                    stack.pop();
                    continue;
                }
                Path p = top.next();
                if (Files.isDirectory(p)) {
                    if (!p.getFileName().toString().startsWith(".")) {
                        stack.push(sortedListing(p));
                    }
                } else if (Files.isRegularFile(p) && !ignored(p)) {
                    String id = root.relativize(p).toString().replace('\\', '/');
                    next = source(p, id);
                }
            }
            return true;
        }

        @Override
        public Source next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            Source s = next;
            next = null;
            return s;
        }

        private Source source(Path file, String id) {
            return new Source(file, id, InputFile.kind(file), root);
        }

        private static Iterator<Path> sortedListing(Path dir) {
            List<Path> entries = new ArrayList<>();
            try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir)) {
                ds.forEach(entries::add);
            } catch (IOException e) {
                throw new UncheckedIOException(dir + ": cannot list folder: " + e.getMessage(), e);
            }
            entries.sort(null);
            return entries.iterator();
        }
    }
}
