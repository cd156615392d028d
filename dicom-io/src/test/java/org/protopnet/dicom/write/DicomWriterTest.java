package org.protopnet.dicom.write;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.protopnet.dicom.DicomFile;
import org.protopnet.dicom.TransferSyntax;
import org.protopnet.dicom.UnsupportedDicomException;
import org.protopnet.dicom.parse.Dataset;
import org.protopnet.dicom.pixel.StoredPixels;
import org.protopnet.dicom.testing.Corpus;
import org.protopnet.dicom.testing.Tools;

class DicomWriterTest {
    @TempDir Path tmp;

    private void assertLosslessRoundTrip(Dataset ds, String name) throws Exception {
        StoredPixels original =
                DicomFile.read(write(ds, name + "-native", TransferSyntax.EXPLICIT_VR_LE))
                        .decode()
                        .stored();
        Path jpeg = write(ds, name, TransferSyntax.JPEG_LOSSLESS_SV1);
        DicomFile back = DicomFile.read(jpeg);
        assertEquals(TransferSyntax.JPEG_LOSSLESS_SV1.uid(), back.transferSyntax().uid());
        StoredPixels got = back.decode().stored();
        assertArrayEquals(original.shape(), got.shape());
        for (int i = 0; i < original.size(); i++) {
            assertEquals(original.get(i), got.get(i), name + " sample " + i);
        }
        Path ref = tmp.resolve(name + "-dcmdjpeg.dcm");
        Tools.Result r = Tools.run("dcmtk", "dcmdjpeg", jpeg.toString(), ref.toString());
        assertEquals(0, r.exit(), r.output());
        StoredPixels theirs = DicomFile.read(ref).decode().stored();
        for (int i = 0; i < original.size(); i++) {
            assertEquals(original.get(i), theirs.get(i), name + " (dcmdjpeg) sample " + i);
        }
        Tools.Result v = Tools.run("dicom3tools", "dciodvfy", jpeg.toString());
        assertTrue(Tools.lines(v.output(), "Error").isEmpty(), v.output());
    }

    private Path write(Dataset ds, String name, TransferSyntax ts) throws Exception {
        Path p = tmp.resolve(name + ".dcm");
        DicomWriter.write(p, ds, ts);
        return p;
    }

    @Test
    void writesJpegLosslessXrayThatDcmtkDecodesToTheSameValues() throws Exception {
        Random r = new Random(3);
        short[] px = new short[96 * 80];
        for (int i = 0; i < px.length; i++) {
            px[i] = (short) ((i % 80) * 40 + r.nextInt(300));
        }
        assertLosslessRoundTrip(
                ImageBuilder.create(ImageBuilder.DX, "DX")
                        .monochrome(96, 80, 1, 14, false, px)
                        .build(),
                "dx14");
        short[] full = new short[64 * 64];
        for (int i = 0; i < full.length; i++) {
            full[i] = (short) r.nextInt(65536);
        }
        assertLosslessRoundTrip(
                ImageBuilder.create(ImageBuilder.CR, "CR")
                        .monochrome(64, 64, 1, 16, true, full)
                        .build(),
                "cr16-noise");
    }

    @Test
    void writesJpegLosslessMultiFrameRgb() throws Exception {
        byte[] rgb = new byte[3 * 20 * 30 * 3];
        new Random(4).nextBytes(rgb);
        assertLosslessRoundTrip(
                ImageBuilder.create(ImageBuilder.US_MULTIFRAME, "US").rgb(20, 30, 3, rgb).build(),
                "us-rgb");
    }

    @Test
    void writesSignedCorpusImageAsJpegLossless() throws Exception {
        Dataset ds = DicomFile.read(Corpus.file("pydicom-data__mlut_18.dcm")).dataset();
        StoredPixels before =
                DicomFile.read(Corpus.file("pydicom-data__mlut_18.dcm")).decode().stored();
        StoredPixels after =
                DicomFile.read(write(ds, "mlut", TransferSyntax.JPEG_LOSSLESS_SV1))
                        .decode()
                        .stored();
        assertArrayEquals(before.shortArray(), after.shortArray());
    }

    @Test
    void refusesToWriteAnEncoderItDoesNotHave() {
        Dataset ds =
                ImageBuilder.create(ImageBuilder.CR, "CR")
                        .monochrome(4, 4, 1, 12, false, new short[16])
                        .build();
        assertThrows(
                UnsupportedDicomException.class,
                () -> write(ds, "j2k", TransferSyntax.JPEG_2000_LOSSLESS));
    }
}
