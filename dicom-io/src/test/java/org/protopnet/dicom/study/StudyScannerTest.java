package org.protopnet.dicom.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.protopnet.dicom.Tag;
import org.protopnet.dicom.TransferSyntax;
import org.protopnet.dicom.VR;
import org.protopnet.dicom.testing.Tools;
import org.protopnet.dicom.write.DicomWriter;
import org.protopnet.dicom.write.ImageBuilder;
import org.protopnet.dicom.write.Uids;

class StudyScannerTest {
    @TempDir Path tmp;

    private void write(
            Path p,
            String sopClass,
            String modality,
            String patient,
            String study,
            String series,
            int number)
            throws Exception {
        Files.createDirectories(p.getParent());
        ImageBuilder b =
                ImageBuilder.create(sopClass, modality)
                        .patient("Name^" + patient, patient)
                        .study(study)
                        .series(series, 1)
                        .set(Tag.INSTANCE_NUMBER, VR.IS, Integer.toString(number));
        if (modality.equals("US")) {
            b.rgb(4, 4, 1, new byte[48]);
        } else {
            b.monochrome(4, 4, 1, 12, false, new short[16]);
        }
        DicomWriter.write(p, b.build(), TransferSyntax.EXPLICIT_VR_LE);
    }

    private Path archive() throws Exception {
        String st1 = Uids.create();
        String se1 = Uids.create();
        String se2 = Uids.create();
        write(tmp.resolve("A/IMG2"), ImageBuilder.CR, "CR", "P1", st1, se1, 2);
        write(tmp.resolve("A/IMG1"), ImageBuilder.CR, "CR", "P1", st1, se1, 1);
        write(tmp.resolve("A/IMG3"), ImageBuilder.US, "US", "P1", st1, se2, 1);
        write(tmp.resolve("B/IMG1"), ImageBuilder.DX, "DX", "P2", Uids.create(), Uids.create(), 1);
        Files.writeString(tmp.resolve("B/README.TXT"), "hello");
        Files.write(tmp.resolve("B/JUNK"), new byte[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11});
        return tmp;
    }

    @Test
    void groupsPatientsStudiesSeriesAndOrdersInstances() throws Exception {
        StudyIndex idx = StudyScanner.scan(archive(), ModalityFilter.ALL);
        assertEquals(2, idx.patients().size());
        Patient p1 = idx.patients().get(0);
        assertEquals("P1", p1.id());
        assertEquals(1, p1.studies().size());
        List<Series> series = p1.studies().get(0).series();
        assertEquals(2, series.size());
        Series cr = series.stream().filter(s -> s.modality().equals("CR")).findFirst().get();
        assertEquals(List.of(1, 2), cr.instances().stream().map(Instance::instanceNumber).toList());
        assertEquals(2, idx.skipped().size(), idx.skipped().toString());
        assertTrue(idx.skipped().stream().anyMatch(s -> s.contains("README.TXT")));
    }

    @Test
    void modalityFilterKeepsXrayAndReportsTheRest() throws Exception {
        StudyIndex idx = StudyScanner.scan(archive(), ModalityFilter.XRAY);
        assertEquals(3, idx.instances().size());
        assertTrue(idx.skipped().stream().anyMatch(s -> s.contains("'US' filtered out")));
        StudyIndex us = StudyScanner.scan(tmp, ModalityFilter.ULTRASOUND);
        assertEquals(1, us.instances().size());
    }

    @Test
    void readsADicomdirMadeByDcmtk() throws Exception {
        archive();
        Files.delete(tmp.resolve("B/README.TXT"));
        Files.delete(tmp.resolve("B/JUNK"));
        Tools.Result r =
                Tools.run(
                        "dcmtk",
                        "dcmmkdir",
                        "--recurse",
                        "--input-directory",
                        tmp.toString(),
                        "--output-file",
                        tmp.resolve("DICOMDIR").toString(),
                        "A",
                        "B");
        assertEquals(0, r.exit(), r.output());
        StudyIndex idx = StudyScanner.scan(tmp.resolve("DICOMDIR"), ModalityFilter.ALL);
        assertEquals(4, idx.instances().size(), idx.skipped().toString());
        assertEquals("P1", idx.patients().get(0).id());
        assertTrue(idx.instances().stream().allMatch(i -> Files.isRegularFile(i.file())));
        StudyIndex viaFolder = StudyScanner.scan(tmp, ModalityFilter.ALL);
        assertEquals(4, viaFolder.instances().size(), "files listed by the DICOMDIR count once");
    }
}
