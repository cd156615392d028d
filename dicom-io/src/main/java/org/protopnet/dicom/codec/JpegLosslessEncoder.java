package org.protopnet.dicom.codec;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/**
 * Encodes lossless JPEG (T.81 process 14, selection value 1) with a Huffman table fitted to the
 * image, for writing 1.2.840.10008.1.2.4.70 files.
 *
 * <pre>{@code
 * byte[] jpeg = JpegLosslessEncoder.encode(samples, rows, columns, 1, 12);
 * }</pre>
 */
public final class JpegLosslessEncoder {
    private JpegLosslessEncoder() {}

    /**
     * Encodes one frame of interleaved samples, each within {@code precision} bits (2-16).
     *
     * @throws IllegalArgumentException for an unsupported precision or component count
     */
    public static byte[] encode(
            int[] samples, int rows, int columns, int components, int precision) {
        if (precision < 2
                || precision > 16
                || components < 1
                || components > 4
                || samples.length < rows * columns * components) {
            throw new IllegalArgumentException(
                    "cannot encode " + components + " components of " + precision + " bits");
        }
        int mask = (1 << precision) - 1;
        int[] diffs = new int[rows * columns * components];
        long[] freq = new long[17];
        int n = components;
        for (int y = 0, i = 0; y < rows; y++) {
            for (int x = 0; x < columns; x++) {
                for (int c = 0; c < n; c++, i++) {
                    int px =
                            y == 0 && x == 0
                                    ? 1 << (precision - 1)
                                    : x == 0
                                            ? samples[i - columns * n] & mask
                                            : samples[i - n] & mask;
                    int d = ((samples[i] & mask) - px) & 0xFFFF;
                    diffs[i] = d >= 0x8000 && d != 0x8000 ? d - 0x10000 : d;
                    freq[category(diffs[i])]++;
                }
            }
        }
        int[] lengths = codeLengths(freq);
        int[] codes = canonical(lengths);
        ByteArrayOutputStream out = new ByteArrayOutputStream(samples.length);
        header(out, rows, columns, n, precision, lengths);
        BitWriter w = new BitWriter(out);
        for (int d : diffs) {
            int cat = category(d);
            w.write(codes[cat], lengths[cat]);
            if (cat > 0 && cat < 16) {
                w.write(d < 0 ? d + (1 << cat) - 1 : d, cat);
            }
        }
        w.flush();
        out.write(0xFF);
        out.write(0xD9);
        return out.toByteArray();
    }

    private static int category(int d) {
        if (d == 0x8000) {
            return 16;
        }
        return 32 - Integer.numberOfLeadingZeros(Math.abs(d));
    }

    /** Huffman code lengths (≤ 16, never the all-ones code) for categories 0..16. */
    static int[] codeLengths(long[] freq) {
        record Node(long weight, List<Integer> symbols) {}
        PriorityQueue<Node> q = new PriorityQueue<>(Comparator.comparingLong(Node::weight));
        for (int s = 0; s < freq.length; s++) {
            if (freq[s] > 0) {
                q.add(new Node(freq[s], List.of(s)));
            }
        }
        q.add(new Node(0, List.of(17))); // reserves the all-ones code (T.81 K.2)
        int[] len = new int[18];
        while (q.size() > 1) {
            Node a = q.poll();
            Node b = q.poll();
            List<Integer> merged = new ArrayList<>(a.symbols());
            merged.addAll(b.symbols());
            for (int s : merged) {
                len[s]++;
            }
            q.add(new Node(a.weight() + b.weight(), merged));
        }
        int max = 0;
        for (int l : len) {
            max = Math.max(max, l);
        }
        if (max > 16) {
            // A skewed histogram: fall back to a fixed prefix code whose Kraft sum is below 1.
            int[] fixed = {3, 3, 3, 3, 3, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14};
            return fixed;
        }
        return java.util.Arrays.copyOf(len, 17);
    }

    /** Canonical codes as a decoder assigns them from the lengths (T.81 C.2). */
    private static int[] canonical(int[] lengths) {
        int[] codes = new int[lengths.length];
        int code = 0;
        for (int l = 1; l <= 16; l++) {
            for (int s = 0; s < lengths.length; s++) {
                if (lengths[s] == l) {
                    codes[s] = code++;
                }
            }
            code <<= 1;
        }
        return codes;
    }

    private static void header(
            ByteArrayOutputStream o, int rows, int cols, int n, int precision, int[] lengths) {
        o.write(0xFF);
        o.write(0xD8);
        segment(o, 0xC3, 6 + 3 * n);
        o.write(precision);
        u16(o, rows);
        u16(o, cols);
        o.write(n);
        for (int c = 0; c < n; c++) {
            o.write(c + 1);
            o.write(0x11);
            o.write(0);
        }
        int[] counts = new int[16];
        List<Integer> values = new ArrayList<>();
        for (int l = 1; l <= 16; l++) {
            for (int s = 0; s < lengths.length; s++) {
                if (lengths[s] == l) {
                    counts[l - 1]++;
                    values.add(s);
                }
            }
        }
        segment(o, 0xC4, 1 + 16 + values.size());
        o.write(0);
        for (int c : counts) {
            o.write(c);
        }
        values.forEach(o::write);
        segment(o, 0xDA, 1 + 2 * n + 3);
        o.write(n);
        for (int c = 0; c < n; c++) {
            o.write(c + 1);
            o.write(0);
        }
        o.write(1);
        o.write(0);
        o.write(0);
    }

    private static void segment(ByteArrayOutputStream o, int marker, int bodyLength) {
        o.write(0xFF);
        o.write(marker);
        u16(o, bodyLength + 2);
    }

    private static void u16(ByteArrayOutputStream o, int v) {
        o.write(v >> 8);
        o.write(v);
    }

    /** Writes bits MSB first with 0xFF stuffing; pads the last byte with ones. */
    private static final class BitWriter {
        private final ByteArrayOutputStream out;
        private long acc;
        private int n;

        BitWriter(ByteArrayOutputStream out) {
            this.out = out;
        }

        void write(int value, int bits) {
            acc = (acc << bits) | (value & ((1L << bits) - 1));
            n += bits;
            while (n >= 8) {
                n -= 8;
                emit((int) (acc >>> n) & 0xFF);
            }
        }

        void flush() {
            if (n > 0) {
                write((1 << (8 - n)) - 1, 8 - n);
            }
        }

        private void emit(int b) {
            out.write(b);
            if (b == 0xFF) {
                out.write(0);
            }
        }
    }
}
