package org.protopnet.sample.xray;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.protopnet.dicom.Tag;
import org.protopnet.dicom.TransferSyntax;
import org.protopnet.dicom.VR;
import org.protopnet.dicom.parse.Dataset;
import org.protopnet.dicom.write.ImageBuilder;
import org.protopnet.sample.Rng;
import org.protopnet.sample.SampleCase;
import org.protopnet.sample.SampleModality;
import org.protopnet.sample.dicom.SyntheticStudy;

/**
 * Makes one X-ray study: paints a radiograph, quantises it to 12-16 bit stored values (CR or DX,
 * MONOCHROME1 inverted or MONOCHROME2, a window around the anatomy), and writes it natively or as
 * JPEG lossless.
 *
 * <pre>{@code
 * SampleCase c = XrayStudyWriter.write(root, "train/nodule/XR0007.dcm", 7, "nodule", "train", seed);
 * }</pre>
 */
public final class XrayStudyWriter {
    private static final int[] SIZES = {128, 144};

    private XrayStudyWriter() {}

    /** Generates case {@code number} of class {@code label} into {@code root/path}. */
    public static SampleCase write(
            Path root, String path, int number, String label, String split, long seed)
            throws IOException {
        Rng rng = Rng.of(seed, "xray", number);
        int w = SIZES[rng.nextInt(SIZES.length)];
        int h = SIZES[rng.nextInt(SIZES.length)];
        Radiograph g = RadiographSynth.paint(rng, label, w, h);
        boolean dx = rng.chance(0.6);
        int bits = dx ? rng.pick(12, 14, 16) : 12;
        boolean mono1 = rng.chance(0.35);
        int max = (1 << bits) - 1;
        // detectors use a few thousand levels of a deep container; more would only store noise
        double gain = rng.uniform(0.5, 0.8) * Math.min(max, 4095);
        double offset = rng.uniform(0.05, 0.15) * (max - gain);
        float[] d = g.density().data();
        short[] px = new short[d.length];
        for (int i = 0; i < d.length; i++) {
            long v = StrictMath.round(offset + gain * d[i]);
            v = Math.max(0, Math.min(max, v));
            px[i] = (short) (mono1 ? max - v : v);
        }
        int[] sorted = new int[px.length];
        for (int i = 0; i < px.length; i++) {
            sorted[i] = px[i] & 0xFFFF;
        }
        Arrays.sort(sorted);
        int lo = sorted[sorted.length / 100];
        int hi = sorted[sorted.length - 1 - sorted.length / 100];
        int width = (int) Math.max(2, StrictMath.round((hi - lo) * rng.uniform(1.05, 1.25)));
        ImageBuilder b =
                ImageBuilder.create(dx ? ImageBuilder.DX : ImageBuilder.CR, dx ? "DX" : "CR")
                        .monochrome(h, w, 1, bits, mono1, px);
        SyntheticStudy.stamp(b, seed, "XR", "XRAY", number)
                .set(Tag.BODY_PART_EXAMINED, VR.CS, g.bodyPart())
                .set(Tag.WINDOW_CENTER, VR.DS, Integer.toString((lo + hi) / 2))
                .set(Tag.WINDOW_WIDTH, VR.DS, Integer.toString(width))
                .set(0x00181164, VR.DS, "0.2", "0.2")
                .set(Tag.PIXEL_SPACING, VR.DS, "0.2", "0.2");
        boolean chest = g.bodyPart().equals("CHEST");
        b.set(Tag.VIEW_POSITION, VR.CS, chest ? "PA" : "AP")
                .set(Tag.PATIENT_ORIENTATION, VR.CS, chest ? "L" : "R", "F");
        String side = rng.pick("L", "R");
        if (dx) {
            b.set(0x00200062, VR.CS, chest ? "U" : side).set(0x00181508, VR.CS, "");
        }
        Dataset ds = b.build();
        ds.remove(Tag.LATERALITY);
        if (!dx && !chest) {
            ds.putString(Tag.LATERALITY, VR.CS, side);
        }
        if (dx) {
            ds.putSequence(0x00082218, List.of(region(g.bodyPart())));
        }
        boolean jpeg = rng.chance(0.8);
        SyntheticStudy.write(
                ds,
                root.resolve(path),
                jpeg ? TransferSyntax.JPEG_LOSSLESS_SV1 : TransferSyntax.EXPLICIT_VR_LE);
        return new SampleCase(
                SampleModality.XRAY,
                path,
                label,
                split,
                1,
                g.lesion() == null ? List.of() : List.of(g.lesion()));
    }

    /** The Anatomic Region Sequence item (SNOMED CT) for a Body Part Examined. */
    private static Dataset region(String bodyPart) {
        String[] code =
                switch (bodyPart) {
                    case "CHEST" -> new String[] {"51185008", "Chest"};
                    case "ARM" -> new String[] {"53120007", "Upper limb"};
                    default -> new String[] {"61685007", "Lower limb"};
                };
        Dataset item = new Dataset();
        item.putString(0x00080100, VR.SH, code[0]);
        item.putString(0x00080102, VR.SH, "SCT");
        item.putString(0x00080104, VR.LO, code[1]);
        return item;
    }
}
