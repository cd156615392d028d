package org.protopnet.fiji.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.protopnet.dicom.DicomFile;
import org.protopnet.dicom.Tag;
import org.protopnet.dicom.TransferSyntax;
import org.protopnet.dicom.parse.Dataset;
import org.protopnet.dicom.pixel.DecodedImage;
import org.protopnet.dicom.write.DicomWriter;
import org.protopnet.dicom.write.ImageBuilder;

class DerivedCapturesTest {
    @TempDir Path dir;

    private Path source() throws Exception {
        Path f = dir.resolve("src.dcm");
        DicomWriter.write(
                f,
                ImageBuilder.create(ImageBuilder.CR, "CR")
                        .patient("Doe^Fictitious", "PID-4711")
                        .set(Tag.PATIENT_BIRTH_DATE, org.protopnet.dicom.VR.DA, "19010101")
                        .set(Tag.ACCESSION_NUMBER, org.protopnet.dicom.VR.SH, "ACC-PID-4711")
                        .monochrome(8, 8, 1, 12, false, new short[64])
                        .build(),
                TransferSyntax.EXPLICIT_VR_LE);
        return f;
    }

    private static BufferedImage picture() {
        BufferedImage b = new BufferedImage(10, 6, BufferedImage.TYPE_INT_RGB);
        b.setRGB(2, 3, new Color(250, 10, 20).getRGB());
        return b;
    }

    @Test
    void aCaptureReferencesItsSourceStudyAndInstanceAndKeepsItsPixels() throws Exception {
        Path src = source();
        Path sc = dir.resolve("out/sc.dcm");
        DerivedCaptures.write(src, picture(), sc, false);
        Dataset s = DicomFile.read(src).dataset();
        DicomFile read = DicomFile.read(sc);
        Dataset d = read.dataset();
        assertEquals(s.getString(Tag.STUDY_INSTANCE_UID), d.getString(Tag.STUDY_INSTANCE_UID));
        assertEquals(ImageBuilder.SECONDARY_CAPTURE, d.getString(Tag.SOP_CLASS_UID));
        assertEquals(
                s.getString(Tag.SOP_INSTANCE_UID),
                d.getSequence(Tag.SOURCE_IMAGE_SEQUENCE)
                        .get(0)
                        .getString(Tag.REFERENCED_SOP_INSTANCE_UID));
        DecodedImage px = read.decode();
        assertEquals(6, px.shape()[1]);
        assertEquals(10, px.shape()[2]);
        float[] v = px.modality();
        int o = (3 * 10 + 2) * 3;
        assertEquals(250, v[o], 0.5);
        assertEquals(10, v[o + 1], 0.5);
    }

    @Test
    void patientIdentifiersAreLeftOutUnlessAskedFor() throws Exception {
        Path src = source();
        Path without = dir.resolve("without.dcm");
        Path with = dir.resolve("with.dcm");
        DerivedCaptures.write(src, picture(), without, false);
        DerivedCaptures.write(src, picture(), with, true);
        String a = new String(Files.readAllBytes(without), StandardCharsets.ISO_8859_1);
        String b = new String(Files.readAllBytes(with), StandardCharsets.ISO_8859_1);
        for (String phi : new String[] {"Doe^Fictitious", "PID-4711", "19010101", "ACC-PID"}) {
            assertFalse(a.contains(phi), phi + " leaked");
            assertTrue(b.contains(phi), phi + " kept with --phi");
        }
    }
}
