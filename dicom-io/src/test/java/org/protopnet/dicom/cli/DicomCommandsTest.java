package org.protopnet.dicom.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.protopnet.dicom.TransferSyntax;
import org.protopnet.dicom.cli.DicomCommands.Format;
import org.protopnet.dicom.cli.DicomCommands.Values;
import org.protopnet.dicom.testing.Corpus;
import org.protopnet.dicom.testing.Npy;
import org.protopnet.dicom.testing.Tools;
import org.protopnet.dicom.write.DicomWriter;
import org.protopnet.dicom.write.ImageBuilder;

class DicomCommandsTest {
    @TempDir Path tmp;

    private Path writeCr(String name) throws Exception {
        short[] px = new short[16 * 8];
        for (int i = 0; i < px.length; i++) {
            px[i] = (short) (i * 30);
        }
        Path p = tmp.resolve(name);
        DicomWriter.write(
                p,
                ImageBuilder.create(ImageBuilder.CR, "CR")
                        .patient("Secret^Name", "ID-123")
                        .set(org.protopnet.dicom.Tag.RESCALE_SLOPE, org.protopnet.dicom.VR.DS, "2")
                        .set(
                                org.protopnet.dicom.Tag.RESCALE_INTERCEPT,
                                org.protopnet.dicom.VR.DS,
                                "-5")
                        .monochrome(8, 16, 1, 12, false, px)
                        .build(),
                TransferSyntax.EXPLICIT_VR_LE);
        return p;
    }

    @Test
    void failingInputWritesAnErrorFileAndTheRunGoesOn() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(in.resolve("notes.txt"), "not a DICOM file at all, just text");
        Files.move(writeCr("a.dcm"), in.resolve("a.dcm"));
        Path out = tmp.resolve("out");
        ConversionReport r = DicomCommands.convert(List.of(in), out, Format.NPY, Values.STORED);
        assertEquals(1, r.converted());
        assertEquals(1, r.failed());
        assertEquals(0, r.exitStatus());
        assertTrue(Files.exists(out.resolve("a.npy")));
        assertTrue(Files.readString(out.resolve("notes.txt.error")).contains("notes.txt"));
        Npy a = Npy.read(out.resolve("a.npy"));
        assertEquals("<u2", a.descr());
        assertEquals(60.0, a.values()[2]);
    }

    @Test
    void exitStatusIsNonZeroOnlyWhenNothingConverted() throws Exception {
        Path bad = Files.writeString(tmp.resolve("bad.dcm"), "garbage");
        ConversionReport r =
                DicomCommands.convert(List.of(bad), tmp.resolve("o"), Format.NPY, Values.STORED);
        assertEquals(1, r.exitStatus());
        assertFalse(r.entries().get(0).ok());
    }

    @Test
    void modalityValuesAreRescaledFloat32() throws Exception {
        Path p = writeCr("m.dcm");
        DicomCommands.convert(List.of(p), tmp.resolve("o"), Format.NPY, Values.MODALITY);
        Npy m = Npy.read(tmp.resolve("o/m.npy"));
        assertEquals("<f4", m.descr());
        assertEquals(2 * 60.0 - 5, m.values()[2]);
    }

    @Test
    void pngAndTiffAreWrittenForStoredValues() throws Exception {
        Path p = writeCr("x.dcm");
        assertEquals(
                1,
                DicomCommands.convert(List.of(p), tmp.resolve("o"), Format.PNG, Values.STORED)
                        .converted());
        assertEquals(
                1,
                DicomCommands.convert(List.of(p), tmp.resolve("o"), Format.TIFF, Values.STORED)
                        .converted());
        assertTrue(Files.size(tmp.resolve("o/x.png")) > 0);
        assertTrue(Files.size(tmp.resolve("o/x.tiff")) > 0);
    }

    @Test
    void modalityValuesGoToAFloatTiffThatReadsBack() throws Exception {
        Path p = writeCr("f.dcm");
        assertEquals(
                1,
                DicomCommands.convert(List.of(p), tmp.resolve("o"), Format.TIFF, Values.MODALITY)
                        .converted());
        java.awt.image.BufferedImage img =
                javax.imageio.ImageIO.read(tmp.resolve("o/f.tiff").toFile());
        assertEquals(
                java.awt.image.DataBuffer.TYPE_FLOAT,
                img.getRaster().getDataBuffer().getDataType());
        assertEquals(2 * 60.0 - 5, img.getRaster().getSampleFloat(2, 0, 0), 1e-6);
    }

    @Test
    void infoHidesPatientIdentifiersUnlessAsked() throws Exception {
        Path p = writeCr("i.dcm");
        String hidden = DicomCommands.info(p, false);
        String shown = DicomCommands.info(p, true);
        assertFalse(hidden.contains("Secret"), hidden);
        assertFalse(hidden.contains("ID-123"), hidden);
        assertTrue(shown.contains("Secret^Name"), shown);
        assertTrue(hidden.contains("Explicit VR Little Endian"), hidden);
        assertTrue(hidden.contains("allocated 16, stored 12"), hidden);
    }

    @Test
    void corpusConvertedAsTheCliWouldPassesComparePy() throws Exception {
        Path root = Corpus.root();
        Path out = tmp.resolve("corpus");
        ConversionReport r =
                DicomCommands.convert(
                        List.of(root.resolve("files")), out, Format.NPY, Values.STORED);
        assertEquals(0, r.exitStatus());
        Tools.Result res =
                Tools.run(
                        "python3-numpy",
                        "python3",
                        root.resolve("compare.py").toString(),
                        out.toString());
        String[] lines = res.output().strip().split("\n");
        String last = lines[lines.length - 1];
        assertTrue(last.endsWith(" 0 failed"), res.output());
        assertEquals(0, res.exit(), res.output());
    }
}
