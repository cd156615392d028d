package org.protopnet.dicom.codec;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.protopnet.dicom.DicomFile;
import org.protopnet.dicom.TransferSyntax;
import org.protopnet.dicom.pixel.DecodedImage;
import org.protopnet.dicom.pixel.PhotometricInterpretation;
import org.protopnet.dicom.pixel.StoredPixels;
import org.protopnet.dicom.testing.Corpus;
import org.protopnet.dicom.testing.Tools;
import org.protopnet.dicom.write.DicomWriter;
import org.protopnet.dicom.write.ImageBuilder;

/**
 * Files transcoded by dcmtk and gdcm into every compressed syntax we decode: lossless ones must
 * give back the uncompressed original exactly; lossy ones must match dcmtk's own decode.
 */
class TranscodeTest {
    @TempDir Path tmp;

    private record Codec(String name, String pkg, String... command) {}

    private static final List<Codec> LOSSLESS =
            List.of(
                    new Codec("rle", "dcmtk", "dcmcrle"),
                    new Codec("jpeg-sv1", "dcmtk", "dcmcjpeg", "+e1"),
                    new Codec("jpeg-p14", "dcmtk", "dcmcjpeg", "+el"),
                    new Codec("jpeg-ls", "dcmtk", "dcmcjpls"),
                    new Codec("j2k", "libgdcm-tools", "gdcmconv", "--j2k"),
                    new Codec("jpeg-ls-gdcm", "libgdcm-tools", "gdcmconv", "--jpegls"),
                    new Codec("rle-gdcm", "libgdcm-tools", "gdcmconv", "--rle"),
                    new Codec("deflate", "dcmtk", "dcmconv", "+td"),
                    new Codec("big-endian", "dcmtk", "dcmconv", "+tb"));

    private List<Path> sources() throws Exception {
        List<Path> out = new ArrayList<>();
        Random r = new Random(5);
        short[] grey = new short[48 * 64];
        for (int i = 0; i < grey.length; i++) {
            grey[i] = (short) (((i % 64) * 60 + (i / 64) * 20 + r.nextInt(40)) & 0xFFF);
        }
        Path cr = tmp.resolve("cr12.dcm");
        DicomWriter.write(
                cr,
                ImageBuilder.create(ImageBuilder.CR, "CR")
                        .monochrome(48, 64, 1, 12, true, grey)
                        .build(),
                TransferSyntax.EXPLICIT_VR_LE);
        out.add(cr);
        byte[] rgb = new byte[3 * 40 * 56 * 3];
        for (int i = 0; i < rgb.length; i++) {
            rgb[i] = (byte) ((i % 3) * 80 + (i / 168) * 3 + r.nextInt(20));
        }
        Path us = tmp.resolve("us-rgb.dcm");
        DicomWriter.write(
                us,
                ImageBuilder.create(ImageBuilder.US_MULTIFRAME, "US").rgb(40, 56, 3, rgb).build(),
                TransferSyntax.EXPLICIT_VR_LE);
        out.add(us);
        Path root = Corpus.rootOrNull();
        if (root != null) {
            out.add(root.resolve("files/pydicom-data__mlut_18.dcm"));
            out.add(root.resolve("files/fo-dicom__CR-MONO1-10-chest.dcm"));
            out.add(root.resolve("files/pydicom-data__emri_small.dcm"));
        }
        return out;
    }

    private Path transcode(Codec c, Path src, String suffix) throws Exception {
        Path dst = tmp.resolve(src.getFileName() + "." + suffix + ".dcm");
        List<String> cmd = new ArrayList<>(List.of(c.command()));
        cmd.add(src.toString());
        cmd.add(dst.toString());
        Tools.Result r = Tools.run(c.pkg(), cmd.toArray(String[]::new));
        assertEquals(0, r.exit(), String.join(" ", cmd) + ": " + r.output());
        assertTrue(Files.size(dst) > 0);
        return dst;
    }

    @Test
    void losslessTranscodesDecodeToTheOriginalExactly() throws Exception {
        for (Path src : sources()) {
            StoredPixels original = DicomFile.read(src).decode().stored();
            for (Codec c : LOSSLESS) {
                Path dst = transcode(c, src, c.name());
                DicomFile f = DicomFile.read(dst);
                StoredPixels got = f.decode().stored();
                String what =
                        src.getFileName()
                                + " via "
                                + c.name()
                                + " ("
                                + f.transferSyntax().name()
                                + ")";
                assertArrayEquals(original.shape(), got.shape(), what);
                assertEquals(original.dtype(), got.dtype(), what);
                assertEquals(0, maxDiff(original, got, false), what);
            }
        }
    }

    @Test
    void lossyTranscodesMatchDcmtksOwnDecode() throws Exception {
        List<Codec> lossy =
                List.of(
                        new Codec("jpeg-baseline", "dcmtk", "dcmcjpeg", "+eb"),
                        new Codec("jpeg-extended", "dcmtk", "dcmcjpeg", "+ee"),
                        new Codec("jpeg-ls-near", "dcmtk", "dcmcjpls", "--encode-nearlossless"),
                        new Codec(
                                "j2k-lossy",
                                "libgdcm-tools",
                                "gdcmconv",
                                "--j2k",
                                "--lossy",
                                "-r",
                                "10"));
        for (Path src : sources()) {
            for (Codec c : lossy) {
                Path dst = tmp.resolve(src.getFileName() + "." + c.name() + ".dcm");
                List<String> cmd = new ArrayList<>(List.of(c.command()));
                cmd.add(src.toString());
                cmd.add(dst.toString());
                Tools.Result enc = Tools.run(c.pkg(), cmd.toArray(String[]::new));
                if (enc.exit() != 0) {
                    continue; // dcmtk refuses some combinations (e.g. signed near-lossless)
                }
                Path ref = tmp.resolve(dst.getFileName() + ".ref.dcm");
                String[] decoder =
                        c.name().startsWith("jpeg-ls")
                                ? new String[] {"dcmdjpls"}
                                : c.name().startsWith("j2k")
                                        ? new String[] {"gdcmconv", "--raw"}
                                        : new String[] {"dcmdjpeg"};
                List<String> dcmd = new ArrayList<>(List.of(decoder));
                dcmd.add(dst.toString());
                dcmd.add(ref.toString());
                Tools.Result dec =
                        Tools.run(
                                decoder[0].equals("gdcmconv") ? "libgdcm-tools" : "dcmtk",
                                dcmd.toArray(String[]::new));
                assertEquals(0, dec.exit(), dec.output());
                DecodedImage mine = DicomFile.read(dst).decode();
                StoredPixels theirs = DicomFile.read(ref).decode().stored();
                boolean toRgb = mine.description().photometric().isYbr();
                String what = src.getFileName() + " via " + c.name();
                assertArrayEquals(theirs.shape(), mine.stored().shape(), what);
                // Lossy JPEG 2000 overshoots the stored range a little; gdcm keeps the overshoot
                // (it widens Bits Stored), we clamp into the declared range.
                double tol =
                        toRgb
                                ? 3
                                : c.name().equals("jpeg-ls-near")
                                        ? 0
                                        : c.name().equals("j2k-lossy") ? 16 : 2;
                assertTrue(
                        maxDiff(theirs, mine.stored(), toRgb) <= tol,
                        what + ": max |diff| " + maxDiff(theirs, mine.stored(), toRgb));
                assertEquals(
                        toRgb,
                        mine.description().photometric() == PhotometricInterpretation.YBR_FULL,
                        what);
            }
        }
    }

    private static double maxDiff(StoredPixels ref, StoredPixels got, boolean ybrToRgb) {
        double max = 0;
        for (int i = 0; i < ref.size(); i++) {
            double v = got.get(i);
            if (ybrToRgb) {
                int base = i - i % 3;
                double y = got.get(base);
                double cb = got.get(base + 1) - 128;
                double cr = got.get(base + 2) - 128;
                double[] rgb = {y + 1.402 * cr, y - 0.344136 * cb - 0.714136 * cr, y + 1.772 * cb};
                v = Math.max(0, Math.min(255, Math.round(rgb[i % 3])));
            }
            max = Math.max(max, Math.abs(ref.get(i) - v));
        }
        return max;
    }

    @Test
    void aYcbcrJpegInAFileDeclaredRgbKeepsItsStoredValuesAsDcmtkDoes() throws Exception {
        Path src = sources().get(1);
        Path jpeg = tmp.resolve("ybr-declared-rgb.dcm");
        assertEquals(
                0, Tools.run("dcmtk", "dcmcjpeg", "+eb", src.toString(), jpeg.toString()).exit());
        assertEquals(
                0,
                Tools.run("dcmtk", "dcmodify", "-nb", "-m", "(0028,0004)=RGB", jpeg.toString())
                        .exit());
        Path ref = tmp.resolve("ybr-declared-rgb.ref.dcm");
        assertEquals(0, Tools.run("dcmtk", "dcmdjpeg", jpeg.toString(), ref.toString()).exit());
        StoredPixels mine = DicomFile.read(jpeg).decode().stored();
        StoredPixels theirs = DicomFile.read(ref).decode().stored();
        assertTrue(maxDiff(theirs, mine, false) <= 2, "max |diff| " + maxDiff(theirs, mine, false));
    }
}
