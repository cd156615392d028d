package org.protopnet.fiji.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.protopnet.dicom.TransferSyntax;
import org.protopnet.dicom.write.DicomWriter;
import org.protopnet.dicom.write.ImageBuilder;
import org.protopnet.model.data.DataException;
import org.protopnet.model.data.RawImage;

class InputFileTest {
    @TempDir Path dir;

    @Test
    void aMultiFrameCineGivesEveryFrameInOrder() throws Exception {
        int frames = 3;
        byte[] rgb = new byte[frames * 20 * 30 * 3];
        for (int f = 0; f < frames; f++) {
            for (int i = 0; i < 20 * 30; i++) {
                rgb[(f * 600 + i) * 3] = (byte) (50 * (f + 1));
            }
        }
        Path cine = dir.resolve("cine"); // no extension: recognised by its DICM prefix
        DicomWriter.write(
                cine,
                ImageBuilder.create(ImageBuilder.US_MULTIFRAME, "US")
                        .rgb(20, 30, frames, rgb)
                        .build(),
                TransferSyntax.EXPLICIT_VR_LE);
        assertEquals(InputFile.Kind.DICOM, InputFile.kind(cine));
        List<RawImage> read = InputFile.frames(cine);
        assertEquals(frames, read.size());
        for (int f = 0; f < frames; f++) {
            assertEquals(30, read.get(f).width());
            assertEquals(20, read.get(f).height());
            assertEquals(50 * (f + 1) / 255f, read.get(f).get(7, 4, 0), 0.01f, "frame " + f);
        }
    }

    @Test
    void aPngIsOneFrameAndABrokenDicomNamesItsFile() throws Exception {
        BufferedImage b = new BufferedImage(12, 8, BufferedImage.TYPE_BYTE_GRAY);
        b.getRaster().setSample(3, 2, 0, 255);
        Path png = dir.resolve("a.png");
        ImageIO.write(b, "png", png.toFile());
        List<RawImage> read = InputFile.frames(png);
        assertEquals(1, read.size());
        assertEquals(1f, read.get(0).get(3, 2, 0));
        Path bad = dir.resolve("bad.dcm");
        Files.write(bad, new byte[] {1, 2, 3});
        DataException e = assertThrows(DataException.class, () -> InputFile.frames(bad));
        assertTrue(e.getMessage().contains("bad.dcm"), e.getMessage());
        Path txt = dir.resolve("notes");
        Files.writeString(txt, "hello");
        assertEquals(InputFile.Kind.OTHER, InputFile.kind(txt));
        assertThrows(DataException.class, () -> InputFile.frames(txt));
    }
}
