package org.protopnet.dicom.write;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.protopnet.dicom.DicomFile;
import org.protopnet.dicom.Tag;
import org.protopnet.dicom.TransferSyntax;
import org.protopnet.dicom.parse.Dataset;
import org.protopnet.dicom.pixel.DecodedImage;
import org.protopnet.dicom.testing.Tools;

class SecondaryCaptureBuilderTest {
    @TempDir Path tmp;

    private static Dataset source() {
        short[] px = new short[64 * 48];
        for (int i = 0; i < px.length; i++) {
            px[i] = (short) (i % 4096);
        }
        return ImageBuilder.create(ImageBuilder.CR, "CR")
                .patient("Müller^Jörg", "P-17")
                .monochrome(48, 64, 1, 12, true, px)
                .build();
    }

    private static byte[] rgb(int rows, int cols) {
        byte[] b = new byte[rows * cols * 3];
        for (int i = 0; i < b.length; i++) {
            b[i] = (byte) (i * 7);
        }
        return b;
    }

    @Test
    void derivedCaptureKeepsTheStudyAndReferencesItsSource() throws Exception {
        Dataset src = source();
        Dataset sc =
                SecondaryCaptureBuilder.from(src).derivation("overlay").build(32, 40, rgb(32, 40));
        Path out = tmp.resolve("sc.dcm");
        DicomWriter.write(out, sc, TransferSyntax.EXPLICIT_VR_LE);
        DicomFile back = DicomFile.read(out);
        Dataset ds = back.dataset();
        assertEquals(src.getString(Tag.STUDY_INSTANCE_UID), ds.getString(Tag.STUDY_INSTANCE_UID));
        assertNotEquals(
                src.getString(Tag.SERIES_INSTANCE_UID), ds.getString(Tag.SERIES_INSTANCE_UID));
        assertNotEquals(src.getString(Tag.SOP_INSTANCE_UID), ds.getString(Tag.SOP_INSTANCE_UID));
        assertEquals("Müller^Jörg", ds.getString(Tag.PATIENT_NAME));
        assertEquals("overlay", ds.getString(Tag.DERIVATION_DESCRIPTION));
        List<Dataset> ref = ds.getSequence(Tag.REFERENCED_IMAGE_SEQUENCE);
        assertEquals(
                src.getString(Tag.SOP_INSTANCE_UID),
                ref.get(0).getString(Tag.REFERENCED_SOP_INSTANCE_UID));
        DecodedImage img = back.decode();
        assertArrayEquals(new int[] {1, 32, 40, 3}, img.shape());
        assertArrayEquals(rgb(32, 40), img.stored().byteArray());
    }

    @Test
    void derivedCapturePassesDciodvfyAndDcmdump() throws Exception {
        Path out = tmp.resolve("sc.dcm");
        DicomWriter.write(
                out,
                SecondaryCaptureBuilder.from(source()).build(32, 40, rgb(32, 40)),
                TransferSyntax.EXPLICIT_VR_LE);
        Tools.Result v = Tools.run("dicom3tools", "dciodvfy", out.toString());
        List<String> errors = Tools.lines(v.output(), "Error");
        assertTrue(errors.isEmpty(), "dciodvfy errors:\n" + v.output());
        Tools.Result d = Tools.run("dcmtk", "dcmdump", out.toString());
        assertEquals(0, d.exit(), d.output());
        assertTrue(d.output().contains("(0008,2111)"), d.output());
    }

    @Test
    void crImageRoundTripsThroughEveryNativeTransferSyntax() throws Exception {
        Dataset src = source();
        for (TransferSyntax ts :
                List.of(
                        TransferSyntax.IMPLICIT_VR_LE,
                        TransferSyntax.EXPLICIT_VR_LE,
                        TransferSyntax.EXPLICIT_VR_BE,
                        TransferSyntax.DEFLATED_EXPLICIT_VR_LE)) {
            Path out = tmp.resolve("cr-" + ts.uid() + ".dcm");
            DicomWriter.write(out, src, ts);
            DicomFile back = DicomFile.read(out);
            assertEquals(ts.uid(), back.transferSyntax().uid());
            DecodedImage img = back.decode();
            assertArrayEquals(new int[] {1, 48, 64}, img.shape());
            for (int i = 0; i < 48 * 64; i++) {
                assertEquals(i % 4096, img.stored().get(i), ts + " sample " + i);
            }
            Tools.Result d = Tools.run("dcmtk", "dcmdump", out.toString());
            assertEquals(0, d.exit(), ts + ": " + d.output());
        }
    }
}
