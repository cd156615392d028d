package org.protopnet.dicom.codec;

import org.protopnet.dicom.DicomException;

/**
 * Decodes one JPEG-LS scan (ITU-T T.87): context modelling, median edge prediction, adaptive Golomb
 * codes and run mode, for one component or several line-interleaved components.
 */
final class JpegLsScan {
    private static final int[] J = {
        0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 9, 10, 11, 12,
        13, 14, 15
    };

    private final int maxval;
    private final int near;
    private final int t1;
    private final int t2;
    private final int t3;
    private final int reset;
    private final int range;
    private final int qbpp;
    private final int limit;
    private final int[] a = new int[367];
    private final int[] b = new int[367];
    private final int[] c = new int[365];
    private final int[] n = new int[367];
    private final int[] nn = new int[2];
    private final JpegLsBitReader in;
    private int runIndex;

    JpegLsScan(JpegLsBitReader in, int maxval, int near, int[] thresholds, int reset) {
        this.in = in;
        this.maxval = maxval;
        this.near = near;
        this.t1 = thresholds[0];
        this.t2 = thresholds[1];
        this.t3 = thresholds[2];
        this.reset = reset;
        this.range = (maxval + 2 * near) / (2 * near + 1) + 1;
        this.qbpp = ceilLog2(range);
        int bpp = Math.max(2, ceilLog2(maxval + 1));
        this.limit = 2 * (bpp + Math.max(8, bpp));
        int a0 = Math.max(2, (range + 32) / 64);
        java.util.Arrays.fill(a, a0);
        java.util.Arrays.fill(n, 1);
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
                    qs[k] =
                            quantize(p[x + 1] - p[x]) * 81
                                    + quantize(p[x] - p[x - 1]) * 9
                                    + quantize(p[x - 1] - ra);
                    run &= qs[k] == 0;
                }
                if (run) {
                    x = runInterleaved(prev, cur, x, width, comps);
                    continue;
                }
                for (int k = 0; k < comps; k++) {
                    int[] p = prev[k];
                    cur[k][x] = regular(cur[k][x - 1], p[x], p[x - 1], qs[k]);
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
            cur[k][x] = interruption(cur[k][x - 1], prev[k][x], true);
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
            throw new org.protopnet.dicom.PixelDataException(
                    "JPEG-LS run of " + count + " passes the end of the line");
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
            int d1 = rd - rb;
            int d2 = rb - rc;
            int d3 = rc - ra;
            if (Math.abs(d1) <= near && Math.abs(d2) <= near && Math.abs(d3) <= near) {
                x = runMode(p, q, x, width);
            } else {
                q[x] = regular(ra, rb, rc, quantize(d1) * 81 + quantize(d2) * 9 + quantize(d3));
                x++;
            }
        }
    }

    private int regular(int ra, int rb, int rc, int ctx) throws DicomException {
        int sign = 1;
        if (ctx < 0) {
            sign = -1;
            ctx = -ctx;
        }
        int px;
        if (rc >= Math.max(ra, rb)) {
            px = Math.min(ra, rb);
        } else if (rc <= Math.min(ra, rb)) {
            px = Math.max(ra, rb);
        } else {
            px = ra + rb - rc;
        }
        px += sign * c[ctx];
        px = px < 0 ? 0 : Math.min(px, maxval);
        int k = 0;
        while ((n[ctx] << k) < a[ctx] && k < 31) {
            k++;
        }
        int m = golomb(k, limit);
        int err;
        if (near == 0 && k == 0 && 2 * b[ctx] <= -n[ctx]) {
            err = (m & 1) != 0 ? (m - 1) >> 1 : -(m >> 1) - 1;
        } else {
            err = (m & 1) == 0 ? m >> 1 : -((m + 1) >> 1);
        }
        b[ctx] += err * (2 * near + 1);
        a[ctx] += Math.abs(err);
        if (n[ctx] == reset) {
            a[ctx] >>= 1;
            b[ctx] >>= 1;
            n[ctx] >>= 1;
        }
        n[ctx]++;
        if (b[ctx] <= -n[ctx]) {
            b[ctx] += n[ctx];
            if (c[ctx] > -128) {
                c[ctx]--;
            }
            if (b[ctx] <= -n[ctx]) {
                b[ctx] = -n[ctx] + 1;
            }
        } else if (b[ctx] > 0) {
            b[ctx] -= n[ctx];
            if (c[ctx] < 127) {
                c[ctx]++;
            }
            if (b[ctx] > 0) {
                b[ctx] = 0;
            }
        }
        return reconstruct(px, sign * err);
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
        q[x] = interruption(ra, p[x], false);
        if (runIndex > 0) {
            runIndex--;
        }
        return x + 1;
    }

    private int interruption(int ra, int rb, boolean sampleInterleaved) throws DicomException {
        int type = !sampleInterleaved && Math.abs(ra - rb) <= near ? 1 : 0;
        int ctx = 365 + type;
        int temp = type == 0 ? a[ctx] : a[ctx] + (n[ctx] >> 1);
        int k = 0;
        while ((n[ctx] << k) < temp && k < 31) {
            k++;
        }
        int em = golomb(k, limit - J[runIndex] - 1);
        int t = em + type;
        int map = t & 1;
        int abs = (t + map) >> 1;
        boolean negative = (k != 0 || 2 * nn[type] >= n[ctx]) == (map != 0);
        int err = negative ? -abs : abs;
        if (err < 0) {
            nn[type]++;
        }
        a[ctx] += (em + 1 - type) >> 1;
        if (n[ctx] == reset) {
            a[ctx] >>= 1;
            n[ctx] >>= 1;
            nn[type] >>= 1;
        }
        n[ctx]++;
        if (type == 1) {
            return reconstruct(ra, err);
        }
        return reconstruct(rb, rb >= ra ? err : -err);
    }

    private int reconstruct(int px, int err) {
        int rx = px + err * (2 * near + 1);
        if (rx < -near) {
            rx += range * (2 * near + 1);
        } else if (rx > maxval + near) {
            rx -= range * (2 * near + 1);
        }
        return rx < 0 ? 0 : Math.min(rx, maxval);
    }

    private int golomb(int k, int lim) throws DicomException {
        int max = lim - qbpp - 1;
        int q = in.unary(max);
        if (q < max) {
            return (q << k) | in.read(k);
        }
        return in.read(qbpp) + 1;
    }

    private int quantize(int d) {
        if (d <= -t3) {
            return -4;
        }
        if (d <= -t2) {
            return -3;
        }
        if (d <= -t1) {
            return -2;
        }
        if (d < -near) {
            return -1;
        }
        if (d <= near) {
            return 0;
        }
        if (d < t1) {
            return 1;
        }
        if (d < t2) {
            return 2;
        }
        return d < t3 ? 3 : 4;
    }

    static int ceilLog2(int v) {
        int r = 0;
        while ((1L << r) < v) {
            r++;
        }
        return r;
    }
}
