package org.protopnet.model.data;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * Images and labels in the IDX format of MNIST and Fashion-MNIST ({@code *-images-idx3-ubyte} and
 * {@code *-labels-idx1-ubyte}, optionally gzipped), held in memory as bytes.
 */
public final class IdxSet implements LabeledSet {
    /** Fashion-MNIST's ten classes in label order. */
    public static final List<String> FASHION_MNIST_CLASSES =
            List.of(
                    "T-shirt/top",
                    "Trouser",
                    "Pullover",
                    "Dress",
                    "Coat",
                    "Sandal",
                    "Shirt",
                    "Sneaker",
                    "Bag",
                    "Ankle boot");

    private static final int IMAGES_MAGIC = 0x00000803;
    private static final int LABELS_MAGIC = 0x00000801;

    private final List<String> classes;
    private final List<Part> parts = new ArrayList<>();
    private int size;

    private record Part(Path file, Split split, int rows, int cols, byte[] pixels, byte[] labels) {}

    private IdxSet(List<String> classes) {
        this.classes = List.copyOf(classes);
    }

    /**
     * Fashion-MNIST from {@code dir} (the Debian package puts it in {@code
     * /usr/share/datasets/fashion-mnist}): its training file as TRAIN, its test file as TEST;
     * {@code limitPerPart} > 0 keeps only the first images of each.
     */
    public static IdxSet fashionMnist(Path dir, int limitPerPart) {
        IdxSet set = new IdxSet(FASHION_MNIST_CLASSES);
        set.add(
                find(dir, "train-images-idx3-ubyte"),
                find(dir, "train-labels-idx1-ubyte"),
                Split.TRAIN,
                limitPerPart);
        set.add(
                find(dir, "t10k-images-idx3-ubyte"),
                find(dir, "t10k-labels-idx1-ubyte"),
                Split.TEST,
                limitPerPart);
        return set;
    }

    private static Path find(Path dir, String stem) {
        for (String name : new String[] {stem + ".gz", stem}) {
            Path p = dir.resolve(name);
            if (Files.isRegularFile(p)) {
                return p;
            }
        }
        throw new DataException(
                dir + ": no " + stem + "[.gz] (install Debian's dataset-fashion-mnist?)");
    }

    private void add(Path images, Path labels, Split split, int limit) {
        try (DataInputStream im = open(images);
                DataInputStream lb = open(labels)) {
            if (im.readInt() != IMAGES_MAGIC) {
                throw new DataException(images + ": not an IDX image file (bad magic at offset 0)");
            }
            if (lb.readInt() != LABELS_MAGIC) {
                throw new DataException(labels + ": not an IDX label file (bad magic at offset 0)");
            }
            int count = im.readInt();
            int rows = im.readInt();
            int cols = im.readInt();
            int labelCount = lb.readInt();
            if (count != labelCount
                    || count < 0
                    || rows <= 0
                    || cols <= 0
                    || rows * cols > 1 << 20) {
                throw new DataException(
                        images
                                + ": "
                                + count
                                + " images of "
                                + rows
                                + "x"
                                + cols
                                + " but "
                                + labels
                                + " has "
                                + labelCount
                                + " labels");
            }
            int n = limit > 0 ? Math.min(limit, count) : count;
            byte[] pixels = im.readNBytes(n * rows * cols);
            byte[] y = lb.readNBytes(n);
            if (pixels.length != n * rows * cols || y.length != n) {
                throw new DataException(images + ": truncated (expected " + n + " images)");
            }
            for (byte b : y) {
                if ((b & 0xff) >= classes.size()) {
                    throw new DataException(
                            labels
                                    + ": label "
                                    + (b & 0xff)
                                    + " outside 0.."
                                    + (classes.size() - 1));
                }
            }
            parts.add(new Part(images, split, rows, cols, pixels, y));
            size += n;
        } catch (IOException e) {
            throw new DataException(images + ": cannot read: " + e.getMessage(), e);
        }
    }

    private static DataInputStream open(Path file) throws IOException {
        InputStream in = Files.newInputStream(file);
        if (file.getFileName().toString().endsWith(".gz")) {
            in = new GZIPInputStream(in, 1 << 16);
        }
        return new DataInputStream(new java.io.BufferedInputStream(in, 1 << 16));
    }

    @Override
    public List<String> classNames() {
        return classes;
    }

    @Override
    public int size() {
        return size;
    }

    private Part part(int[] index) {
        for (Part p : parts) {
            if (index[0] < p.labels.length) {
                return p;
            }
            index[0] -= p.labels.length;
        }
        throw new IndexOutOfBoundsException("image " + index[0]);
    }

    @Override
    public String source(int i) {
        int[] k = {i};
        Part p = part(k);
        return p.file + "#" + k[0];
    }

    @Override
    public int label(int i) {
        int[] k = {i};
        return part(k).labels[k[0]] & 0xff;
    }

    @Override
    public Split split(int i) {
        return part(new int[] {i}).split;
    }

    @Override
    public RawImage load(int i) {
        int[] k = {i};
        Part p = part(k);
        int n = p.rows * p.cols;
        float[] v = new float[n];
        for (int j = 0; j < n; j++) {
            v[j] = (p.pixels[k[0] * n + j] & 0xff) / 255f;
        }
        return new RawImage(p.cols, p.rows, 1, v);
    }
}
