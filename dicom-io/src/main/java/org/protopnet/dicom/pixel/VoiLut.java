package org.protopnet.dicom.pixel;

import java.util.List;
import org.protopnet.dicom.DicomException;
import org.protopnet.dicom.Tag;
import org.protopnet.dicom.parse.Dataset;

/**
 * The VOI transform a data set declares: window centre/width pairs (linear, linear exact or
 * sigmoid) and VOI LUT Sequence tables, mapping modality values to display intensity in [0, 1].
 */
public final class VoiLut {
    private final double[] centers;
    private final double[] widths;
    private final String function;
    private final List<LookupTable> tables;
    private final int[] tableBits;

    private VoiLut(
            double[] centers,
            double[] widths,
            String function,
            List<LookupTable> tables,
            int[] tableBits) {
        this.centers = centers;
        this.widths = widths;
        this.function = function;
        this.tables = tables;
        this.tableBits = tableBits;
    }

    /** Reads (0028,1050/1051/1056) and (0028,3010). */
    public static VoiLut from(Dataset ds) throws DicomException {
        double[] c = ds.getDoubles(Tag.WINDOW_CENTER);
        double[] w = ds.getDoubles(Tag.WINDOW_WIDTH);
        int n = Math.min(c.length, w.length);
        List<Dataset> seq = ds.getSequence(Tag.VOI_LUT_SEQUENCE);
        List<LookupTable> tables = new java.util.ArrayList<>();
        int[] bits = new int[seq.size()];
        for (Dataset item : seq) {
            LookupTable t = LookupTable.from(item, false);
            if (t != null) {
                int[] desc = item.getInts(Tag.LUT_DESCRIPTOR);
                bits[tables.size()] = desc.length > 2 && desc[2] > 0 ? desc[2] : 16;
                tables.add(t);
            }
        }
        return new VoiLut(
                java.util.Arrays.copyOf(c, n),
                java.util.Arrays.copyOf(w, n),
                ds.getString(Tag.VOI_LUT_FUNCTION, "LINEAR"),
                tables,
                bits);
    }

    /** A single linear window. */
    public static VoiLut window(double center, double width) {
        return new VoiLut(
                new double[] {center}, new double[] {width}, "LINEAR", List.of(), new int[0]);
    }

    /** Whether at least one usable window is declared. */
    public boolean hasWindow() {
        return centers.length > 0 && widths[0] > 0;
    }

    /** Whether a VOI LUT table is declared. */
    public boolean hasTable() {
        return !tables.isEmpty();
    }

    /** The first window centre, or NaN. */
    public double center() {
        return centers.length > 0 ? centers[0] : Double.NaN;
    }

    /** The first window width, or NaN. */
    public double width() {
        return widths.length > 0 ? widths[0] : Double.NaN;
    }

    /**
     * Maps a modality value to [0, 1] with the first window (PS3.3 C.11.2.1.2), else the first VOI
     * LUT; returns {@code NaN} when neither is declared.
     */
    public double toUnit(double x) {
        if (hasWindow()) {
            double c = centers[0];
            double w = widths[0];
            if (function.equalsIgnoreCase("SIGMOID")) {
                return 1.0 / (1.0 + Math.exp(-4 * (x - c) / w));
            }
            if (function.equalsIgnoreCase("LINEAR_EXACT")) {
                return clamp((x - (c - w / 2)) / w);
            }
            if (w <= 1) {
                return x <= c - 0.5 ? 0 : 1;
            }
            return clamp(((x - (c - 0.5)) / (w - 1)) + 0.5);
        }
        if (!tables.isEmpty()) {
            return tables.get(0).lookup(Math.round(x)) / (double) ((1L << tableBits[0]) - 1);
        }
        return Double.NaN;
    }

    private static double clamp(double v) {
        return v < 0 ? 0 : v > 1 ? 1 : v;
    }
}
