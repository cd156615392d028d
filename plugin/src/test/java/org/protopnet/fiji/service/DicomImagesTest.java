package org.protopnet.fiji.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.protopnet.dicom.TransferSyntax;
import org.protopnet.dicom.write.DicomWriter;
import org.protopnet.dicom.write.ImageBuilder;
import org.protopnet.model.data.DataException;
import org.protopnet.model.data.FileSet;
import org.protopnet.model.data.RawImage;

class DicomImagesTest {
    @TempDir Path dir;

    private Path cr(Path file, boolean monochrome1) throws Exception {
        short[] grey = new short[48 * 64];
        for (int i = 0; i < grey.length; i++) {
            grey[i] = (short) ((i % 64) * 64);
        }
        Files.createDirectories(file.getParent());
        DicomWriter.write(
                file,
                ImageBuilder.create(ImageBuilder.CR, "CR")
                        .monochrome(48, 64, 1, 12, monochrome1, grey)
                        .build(),
                TransferSyntax.EXPLICIT_VR_LE);
        return file;
    }

    @Test
    void aMonochrome1RadiographIsReadInvertedSoThatDenseIsBright() throws Exception {
        RawImage m2 = DicomImages.read(cr(dir.resolve("m2.dcm"), false));
        RawImage m1 = DicomImages.read(cr(dir.resolve("m1.dcm"), true));
        assertEquals(64, m2.width());
        assertEquals(48, m2.height());
        assertEquals(1, m2.channels());
        assertTrue(
                m2.get(63, 10, 0) > 0.95f && m2.get(0, 10, 0) < 0.05f,
                "MONOCHROME2 ramp rises left to right");
        assertTrue(
                m1.get(63, 10, 0) < 0.05f && m1.get(0, 10, 0) > 0.95f, "MONOCHROME1 is inverted");
    }

    @Test
    void rgbUltrasoundIsReadAsThreeChannels() throws Exception {
        byte[] rgb = new byte[2 * 40 * 56 * 3];
        for (int i = 0; i < rgb.length; i++) {
            rgb[i] = (byte) (i % 3 == 0 ? 200 : 20);
        }
        Path us = dir.resolve("us.dcm");
        DicomWriter.write(
                us,
                ImageBuilder.create(ImageBuilder.US_MULTIFRAME, "US").rgb(40, 56, 2, rgb).build(),
                TransferSyntax.EXPLICIT_VR_LE);
        RawImage img = DicomImages.read(us);
        assertEquals(3, img.channels());
        assertEquals(200 / 255f, img.get(5, 5, 0), 0.01f);
        assertEquals(20 / 255f, img.get(5, 5, 1), 0.01f);
    }

    @Test
    void classFoldersOfDicomFilesAreTrainingDataAndABrokenOneNamesItself() throws Exception {
        DicomImages.register();
        cr(dir.resolve("normal/a.dcm"), false);
        cr(dir.resolve("nodule/b.dcm"), true);
        Files.write(dir.resolve("nodule/c.dcm"), new byte[] {1, 2, 3, 4});
        FileSet set = FileSet.open(dir);
        assertEquals(3, set.size());
        int broken = set.source(1).endsWith("c.dcm") ? 1 : set.source(0).endsWith("c.dcm") ? 0 : 2;
        assertEquals(64, set.load((broken + 1) % 3).width());
        DataException e = assertThrows(DataException.class, () -> set.load(broken));
        assertTrue(e.getMessage().contains("c.dcm"), e.getMessage());
    }
}
