package org.protopnet.dicom.codec;

/** The 8×8 inverse DCT of T.81 A.3.3 with dequantisation, level shift and clamping. */
final class InverseDct {
    private static final double[][] COS = new double[8][8];

    static {
        for (int x = 0; x < 8; x++) {
            for (int u = 0; u < 8; u++) {
                double cu = u == 0 ? Math.sqrt(0.5) : 1;
                COS[x][u] = cu * Math.cos((2 * x + 1) * u * Math.PI / 16) / 2;
            }
        }
    }

    private InverseDct() {}

    /**
     * Dequantises {@code block} (natural order) with {@code q}, transforms it and writes the
     * clamped samples into {@code plane} (row stride {@code pw}) at {@code (x0, y0)}.
     */
    static void toPlane(int[] block, int[] q, int precision, int[] plane, int pw, int x0, int y0) {
        double[] tmp = new double[64];
        for (int y = 0; y < 8; y++) {
            for (int u = 0; u < 8; u++) {
                double s = 0;
                for (int v = 0; v < 8; v++) {
                    s += COS[y][v] * block[v * 8 + u] * q[v * 8 + u];
                }
                tmp[y * 8 + u] = s;
            }
        }
        int max = (1 << precision) - 1;
        int shift = 1 << (precision - 1);
        int rows = plane.length / pw;
        for (int y = 0; y < 8 && y0 + y < rows; y++) {
            for (int x = 0; x < 8 && x0 + x < pw; x++) {
                double s = 0;
                for (int u = 0; u < 8; u++) {
                    s += COS[x][u] * tmp[y * 8 + u];
                }
                int val = (int) Math.round(s) + shift;
                plane[(y0 + y) * pw + x0 + x] = val < 0 ? 0 : Math.min(val, max);
            }
        }
    }
}
