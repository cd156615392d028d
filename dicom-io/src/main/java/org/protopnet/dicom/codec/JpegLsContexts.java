package org.protopnet.dicom.codec;

import org.protopnet.dicom.DicomException;

/**
 * The JPEG-LS context model (ITU-T T.87 A.2-A.7): gradient quantisation, the 365 regular and 2
 * run-interruption contexts with their bias correction, and adaptive Golomb decoding.
 */
final class JpegLsContexts {
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

    /** Quantised gradient for every difference in [-maxval, maxval], offset by maxval. */
    private final int[] q;

    JpegLsContexts(JpegLsBitReader in, int maxval, int near, int[] thresholds, int reset) {
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
        q = new int[2 * maxval + 1];
        for (int d = -maxval; d <= maxval; d++) {
            q[d + maxval] = quantize(d);
        }
    }

    /** The signed context of three local gradients; 0 means run mode. */
    int context(int d1, int d2, int d3) {
        return q[d1 + maxval] * 81 + q[d2 + maxval] * 9 + q[d3 + maxval];
    }

    int regular(int ra, int rb, int rc, int ctx) throws DicomException {
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

    int interruption(int ra, int rb, boolean sampleInterleaved, int runJ) throws DicomException {
        int type = !sampleInterleaved && Math.abs(ra - rb) <= near ? 1 : 0;
        int ctx = 365 + type;
        int temp = type == 0 ? a[ctx] : a[ctx] + (n[ctx] >> 1);
        int k = 0;
        while ((n[ctx] << k) < temp && k < 31) {
            k++;
        }
        int em = golomb(k, limit - runJ - 1);
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

    private static int ceilLog2(int v) {
        int r = 0;
        while ((1L << r) < v) {
            r++;
        }
        return r;
    }
}
