package org.protopnet.dicom.codec;

import org.protopnet.dicom.DicomException;
import org.protopnet.dicom.PixelDataException;

/**
 * Decodes one JPEG-LS scan (ITU-T T.87): context modelling, median edge prediction, adaptive Golomb
 * codes and run mode, for one component or several line-interleaved components.
 */
final class JpegLsScan {
    private static final int[] J = {
        0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 9, 10, 11, 12,
        13, 14, 15
    };

    private final JpegLsBitReader in;
    private final JpegLsContexts model;
    private int runIndex;

    JpegLsScan(JpegLsBitReader in, int maxval, int near, int[] thresholds, int reset) {
        this.in = in;
        this.model = new JpegLsContexts(in, maxval, near, thresholds, reset);
    }

    /**
     * Decodes {@code comps} components of a {@code width × height} image, line interleaved when
     * more than one, writing sample {@code (row, col)} of scan component {@code k} to {@code
     * out[(row * width + col) * stride + offset + k]}.
     */
    void decode(int width, int height, int comps, int[] out, int stride, int offset)
            throws DicomException {
        int[][] prev = new int[comps][width + 2];
        int[][] cur = new int[comps][width + 2];
        int[] runIndexes = new int[comps];
        for (int y = 0; y < height; y++) {
            for (int k = 0; k < comps; k++) {
                int[] p = prev[k];
                int[] q = cur[k];
                q[0] = p[1];
                p[width + 1] = p[width];
                runIndex = runIndexes[k];
                decodeLine(p, q, width);
                runIndexes[k] = runIndex;
                int base = y * width * stride + offset + k;
                for (int x = 0; x < width; x++) {
                    out[base + x * stride] = q[x + 1];
                }
                prev[k] = q;
                cur[k] = p;
            }
        }
    }

    /**
     * Decodes a sample-interleaved scan (ILV 2): each pixel's components in turn, run mode only
     * where every component qualifies, run interruptions coded per component from the sample above
     * (T.87 A.7.2 and B.3).
     */
    void decodeSampleInterleaved(int width, int height, int comps, int[] out)
            throws DicomException {
        int[][] prev = new int[comps][width + 2];
        int[][] cur = new int[comps][width + 2];
        int[] qs = new int[comps];
        for (int y = 0; y < height; y++) {
            for (int k = 0; k < comps; k++) {
                cur[k][0] = prev[k][1];
                prev[k][width + 1] = prev[k][width];
            }
            int x = 1;
            while (x <= width) {
                boolean run = true;
                for (int k = 0; k < comps; k++) {
                    int[] p = prev[k];
                    int ra = cur[k][x - 1];
                    qs[k] = model.context(p[x + 1] - p[x], p[x] - p[x - 1], p[x - 1] - ra);
                    run &= qs[k] == 0;
                }
                if (run) {
                    x = runInterleaved(prev, cur, x, width, comps);
                    continue;
                }
                for (int k = 0; k < comps; k++) {
                    int[] p = prev[k];
                    cur[k][x] = model.regular(cur[k][x - 1], p[x], p[x - 1], qs[k]);
                }
                x++;
            }
            int base = y * width * comps;
            for (int k = 0; k < comps; k++) {
                for (int i = 0; i < width; i++) {
                    out[base + i * comps + k] = cur[k][i + 1];
                }
                int[] t = prev[k];
                prev[k] = cur[k];
                cur[k] = t;
            }
        }
    }

    private int runInterleaved(int[][] prev, int[][] cur, int x, int width, int comps)
            throws DicomException {
        int count = runLength(width - x + 1);
        for (int k = 0; k < comps; k++) {
            int ra = cur[k][x - 1];
            for (int i = 0; i < Math.abs(count); i++) {
                cur[k][x + i] = ra;
            }
        }
        if (count < 0) {
            return x - count;
        }
        x += count;
        for (int k = 0; k < comps; k++) {
            cur[k][x] = model.interruption(cur[k][x - 1], prev[k][x], true, J[runIndex]);
        }
        if (runIndex > 0) {
            runIndex--;
        }
        return x + 1;
    }

    /**
     * Reads a run of at most {@code left} samples: returns its length, negated when the run reaches
     * the end of the line (no interruption sample follows).
     */
    private int runLength(int left) throws DicomException {
        int count = 0;
        while (in.bit()) {
            int step = Math.min(1 << J[runIndex], left - count);
            count += step;
            if (step == (1 << J[runIndex]) && runIndex < 31) {
                runIndex++;
            }
            if (count == left) {
                return -count;
            }
        }
        count += in.read(J[runIndex]);
        if (count >= left) {
            throw new PixelDataException("JPEG-LS run of " + count + " passes the end of the line");
        }
        return count;
    }

    private void decodeLine(int[] p, int[] q, int width) throws DicomException {
        int x = 1;
        while (x <= width) {
            int ra = q[x - 1];
            int rb = p[x];
            int rc = p[x - 1];
            int rd = p[x + 1];
            int ctx = model.context(rd - rb, rb - rc, rc - ra);
            if (ctx == 0) {
                x = runMode(p, q, x, width);
            } else {
                q[x] = model.regular(ra, rb, rc, ctx);
                x++;
            }
        }
    }

    private int runMode(int[] p, int[] q, int x, int width) throws DicomException {
        int ra = q[x - 1];
        int count = runLength(width - x + 1);
        for (int i = 0; i < Math.abs(count); i++) {
            q[x + i] = ra;
        }
        if (count < 0) {
            return x - count;
        }
        x += count;
        q[x] = model.interruption(ra, p[x], false, J[runIndex]);
        if (runIndex > 0) {
            runIndex--;
        }
        return x + 1;
    }
}
