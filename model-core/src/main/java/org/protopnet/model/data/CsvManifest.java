package org.protopnet.model.data;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Reads a CSV manifest {@code path,label[,split]} (a header line naming those columns is optional);
 * relative paths are relative to the manifest's folder. Classes are the sorted labels.
 */
final class CsvManifest {
    private CsvManifest() {}

    static FileSet read(Path csv) {
        List<String> lines;
        try {
            lines = Files.readAllLines(csv);
        } catch (IOException e) {
            throw new DataException(csv + ": cannot read: " + e.getMessage(), e);
        }
        record Row(int line, Path file, String label, Split split) {}
        List<Row> rows = new ArrayList<>();
        TreeSet<String> labels = new TreeSet<>();
        Path base = csv.toAbsolutePath().getParent();
        for (int n = 0; n < lines.size(); n++) {
            String line = lines.get(n).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] cols = line.split(",", -1);
            String where = csv + ":" + (n + 1);
            if (n == 0 && cols[0].strip().equalsIgnoreCase("path")) {
                continue;
            }
            if (cols.length < 2 || cols.length > 3 || cols[0].isBlank() || cols[1].isBlank()) {
                throw new DataException(
                        where + ": expected 'path,label[,split]', got '" + line + "'");
            }
            Path file = base.resolve(cols[0].strip()).normalize();
            if (!Files.isRegularFile(file)) {
                throw new DataException(where + ": no such file " + file);
            }
            if (!ImageFiles.isImage(file)) {
                throw new DataException(
                        where + ": " + file + " is not an image file this product reads");
            }
            Split split =
                    cols.length == 3 && !cols[2].isBlank() ? Split.parse(cols[2], where) : null;
            rows.add(new Row(n + 1, file, cols[1].strip(), split));
            labels.add(cols[1].strip());
        }
        if (labels.size() < 2) {
            throw new DataException(csv + ": needs at least 2 classes, found " + labels);
        }
        List<String> classes = new ArrayList<>(labels);
        List<FileSet.Entry> entries = new ArrayList<>();
        for (Row r : rows) {
            entries.add(new FileSet.Entry(r.file(), classes.indexOf(r.label()), r.split()));
        }
        return new FileSet(classes, entries);
    }
}
