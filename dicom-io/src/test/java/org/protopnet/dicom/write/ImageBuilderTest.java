package org.protopnet.dicom.write;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.protopnet.dicom.DicomFile;
import org.protopnet.dicom.TransferSyntax;
import org.protopnet.dicom.parse.Dataset;
import org.protopnet.dicom.pixel.DecodedImage;
import org.protopnet.dicom.pixel.PhotometricInterpretation;
import org.protopnet.dicom.testing.Tools;

/** The sample-data generator's files: valid per dciodvfy and read back exactly. */
class ImageBuilderTest {
    @TempDir Path tmp;

    private static short[] ramp(int n, int bits) {
        short[] px = new short[n];
        for (int i = 0; i < n; i++) {
            px[i] = (short) ((i * 37) % (1 << bits));
        }
        return px;
    }

    private void assertValid(Path p) throws Exception {
        Tools.Result v = Tools.run("dicom3tools", "dciodvfy", p.toString());
        List<String> errors = Tools.lines(v.output(), "Error");
        assertTrue(errors.isEmpty(), p.getFileName() + ":\n" + v.output());
        assertEquals(0, Tools.run("dcmtk", "dcmdump", p.toString()).exit());
    }

    @Test
    void writesValidXrayImagesFrom12To16Bits() throws Exception {
        Object[][] cases = {
            {ImageBuilder.CR, "CR", 12, true},
            {ImageBuilder.DX, "DX", 14, false},
            {ImageBuilder.DX, "DX", 16, true}
        };
        for (Object[] c : cases) {
            int bits = (int) c[2];
            short[] px = ramp(40 * 30, bits);
            Dataset ds =
                    ImageBuilder.create((String) c[0], (String) c[1])
                            .monochrome(30, 40, 1, bits, (boolean) c[3], px)
                            .build();
            Path p = tmp.resolve(c[1] + "-" + bits + ".dcm");
            DicomWriter.write(p, ds, TransferSyntax.EXPLICIT_VR_LE);
            assertValid(p);
            DecodedImage img = DicomFile.read(p).decode();
            assertArrayEquals(px, img.stored().shortArray());
            assertEquals(
                    (boolean) c[3]
                            ? PhotometricInterpretation.MONOCHROME1
                            : PhotometricInterpretation.MONOCHROME2,
                    img.description().photometric());
        }
    }

    @Test
    void writesValidMultiFrameUltrasoundRgb() throws Exception {
        byte[] rgb = new byte[4 * 24 * 32 * 3];
        for (int i = 0; i < rgb.length; i++) {
            rgb[i] = (byte) (i * 13);
        }
        Path p = tmp.resolve("us.dcm");
        DicomWriter.write(
                p,
                ImageBuilder.create(ImageBuilder.US_MULTIFRAME, "US").rgb(24, 32, 4, rgb).build(),
                TransferSyntax.EXPLICIT_VR_LE);
        assertValid(p);
        DecodedImage img = DicomFile.read(p).decode();
        assertArrayEquals(new int[] {4, 24, 32, 3}, img.shape());
        assertArrayEquals(rgb, img.stored().byteArray());
    }
}
