package org.protopnet.sample.ultrasound;

import java.io.IOException;
import java.nio.file.Path;
import org.protopnet.dicom.Tag;
import org.protopnet.dicom.TransferSyntax;
import org.protopnet.dicom.VR;
import org.protopnet.dicom.parse.Dataset;
import org.protopnet.dicom.write.ImageBuilder;
import org.protopnet.sample.Rng;
import org.protopnet.sample.SampleCase;
import org.protopnet.sample.SampleModality;
import org.protopnet.sample.dicom.RleEncapsulation;
import org.protopnet.sample.dicom.SyntheticStudy;

/**
 * Makes one ultrasound study: paints a sonogram (a single frame, or a cine of 3-4 frames), colours
 * it (grey or a warm tint as RGB, or grey as YBR_FULL) and writes it natively or as JPEG lossless.
 *
 * <pre>{@code
 * SampleCase c = UltrasoundStudyWriter.write(root, "train/cyst/US0002.dcm", 2, "cyst", "train", seed);
 * }</pre>
 */
public final class UltrasoundStudyWriter {
    private UltrasoundStudyWriter() {}

    /** Generates case {@code number} of class {@code label} into {@code root/path}. */
    public static SampleCase write(
            Path root, String path, int number, String label, String split, long seed)
            throws IOException {
        Rng rng = Rng.of(seed, "ultrasound", number);
        int w = rng.pick(128, 144);
        int h = rng.pick(112, 128);
        boolean cine = rng.chance(0.25);
        int frames = cine ? rng.pick(3, 3, 4) : 1;
        Sonogram s = SonogramSynth.paint(rng, label, w, h, frames);
        double kind = rng.nextDouble();
        // cines and 40 % of single frames as RLE YBR_FULL (the grey chroma packs to nothing),
        // the rest RGB: JPEG lossless or native
        boolean ybr = cine || kind < 0.4;
        boolean jpeg = !ybr && kind < 0.75;
        double[] tint = rng.chance(0.5) ? new double[] {1, 1, 1} : new double[] {1, 0.95, 0.85};
        byte[] px = new byte[frames * w * h * 3];
        for (int f = 0; f < frames; f++) {
            byte[] grey = s.frames()[f];
            for (int i = 0; i < grey.length; i++) {
                int g = grey[i] & 0xFF;
                int o = (f * grey.length + i) * 3;
                if (ybr) {
                    px[o] = (byte) g;
                    px[o + 1] = (byte) 128;
                    px[o + 2] = (byte) 128;
                } else {
                    for (int c = 0; c < 3; c++) {
                        px[o + c] = (byte) StrictMath.round(g * tint[c]);
                    }
                }
            }
        }
        ImageBuilder b =
                ImageBuilder.create(frames > 1 ? ImageBuilder.US_MULTIFRAME : ImageBuilder.US, "US")
                        .rgb(h, w, frames, px);
        String part = rng.pick("ABDOMEN", "BREAST", "NECK");
        SyntheticStudy.stamp(b, seed, "US", "US", number).set(Tag.BODY_PART_EXAMINED, VR.CS, part);
        Dataset ds = b.build();
        ds.remove(Tag.LATERALITY);
        if (part.equals("BREAST")) {
            ds.putString(Tag.LATERALITY, VR.CS, rng.pick("L", "R"));
        }
        TransferSyntax ts = jpeg ? TransferSyntax.JPEG_LOSSLESS_SV1 : TransferSyntax.EXPLICIT_VR_LE;
        if (ybr) {
            ds.putString(Tag.PHOTOMETRIC_INTERPRETATION, VR.CS, "YBR_FULL");
            ds.putInts(Tag.PLANAR_CONFIGURATION, VR.US, 1);
            RleEncapsulation.encode(ds, frames, h, w, 3, px);
            ts = TransferSyntax.RLE_LOSSLESS;
        }
        SyntheticStudy.write(ds, root.resolve(path), ts);
        return new SampleCase(SampleModality.ULTRASOUND, path, label, split, frames, s.lesions());
    }
}
