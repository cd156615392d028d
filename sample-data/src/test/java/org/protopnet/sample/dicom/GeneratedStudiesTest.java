package org.protopnet.sample.dicom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.protopnet.dicom.DicomFile;
import org.protopnet.dicom.Tag;
import org.protopnet.dicom.TransferSyntax;
import org.protopnet.dicom.parse.Dataset;
import org.protopnet.dicom.pixel.DecodedImage;
import org.protopnet.dicom.pixel.PhotometricInterpretation;
import org.protopnet.sample.GeneratorOptions;
import org.protopnet.sample.SampleCase;
import org.protopnet.sample.SampleModality;
import org.protopnet.sample.SampleSet;
import org.protopnet.sample.SampleSetGenerator;
import org.protopnet.sample.SplitCounts;

/** Generated files: read back through dicom-io as declared, fictitious identity, dciodvfy-clean. */
class GeneratedStudiesTest {
    @TempDir Path tmp;

    private SampleSet generate() throws Exception {
        return SampleSetGenerator.generate(
                tmp,
                new GeneratorOptions(
                        GeneratorOptions.COMMITTED_SEED,
                        EnumSet.allOf(SampleModality.class),
                        new SplitCounts(10, 2, 2),
                        new SplitCounts(10, 2, 2)));
    }

    private static Path file(SampleSet set, SampleCase c) {
        return set.root().resolve(c.modality().folder()).resolve(c.path());
    }

    @Test
    void filesReadBackWithTheirPhotometricInterpretationBitsAndFrames() throws Exception {
        SampleSet set = generate();
        Set<String> seen = new HashSet<>();
        for (SampleCase c : set.cases()) {
            DicomFile f = DicomFile.read(file(set, c));
            DecodedImage img = f.decode();
            PhotometricInterpretation pi = img.declared().photometric();
            int bits = img.declared().bitsStored();
            assertEquals(c.frames(), img.shape()[0], c.path());
            if (c.modality() == SampleModality.XRAY) {
                assertTrue(
                        pi == PhotometricInterpretation.MONOCHROME1
                                || pi == PhotometricInterpretation.MONOCHROME2,
                        c.path());
                assertTrue(bits >= 12 && bits <= 16, c.path() + " " + bits);
                assertEquals(3, img.shape().length);
            } else {
                assertTrue(
                        pi == PhotometricInterpretation.RGB
                                || pi == PhotometricInterpretation.YBR_FULL,
                        c.path());
                assertEquals(8, bits);
                assertEquals(3, img.shape()[3]);
            }
            seen.add(f.dataset().getString(Tag.MODALITY) + " " + pi + " " + bits);
            seen.add(c.modality() + " " + f.transferSyntax().uid());
            seen.add(c.modality() + " frames>1 " + (c.frames() > 1));
        }
        for (String s :
                List.of(
                        "CR MONOCHROME1 12",
                        "XRAY " + TransferSyntax.JPEG_LOSSLESS_SV1.uid(),
                        "XRAY " + TransferSyntax.EXPLICIT_VR_LE.uid(),
                        "US RGB 8",
                        "US YBR_FULL 8",
                        "ULTRASOUND frames>1 true",
                        "ULTRASOUND " + TransferSyntax.RLE_LOSSLESS.uid())) {
            assertTrue(seen.contains(s), "no generated file is " + s + "; saw " + seen);
        }
        assertTrue(seen.stream().anyMatch(s -> s.startsWith("DX MONOCHROME2 1")), seen + "");
    }

    @Test
    void everyStudyHasItsOwnUidsAndAnObviouslyFictitiousPatient() throws Exception {
        SampleSet set = generate();
        Set<String> studies = new HashSet<>();
        for (SampleCase c : set.cases()) {
            Dataset ds = DicomFile.read(file(set, c)).dataset();
            assertTrue(ds.getString(Tag.PATIENT_NAME).startsWith("SAMPLE^"), c.path());
            assertTrue(ds.getString(Tag.PATIENT_ID).startsWith("SAMPLE-"), c.path());
            assertEquals(SyntheticStudy.BIRTH_DATE, ds.getString(Tag.PATIENT_BIRTH_DATE));
            assertTrue(ds.getString(Tag.STUDY_INSTANCE_UID).startsWith("2.25."));
            assertTrue(studies.add(ds.getString(Tag.STUDY_INSTANCE_UID)), "shared study UID");
        }
    }

    @Test
    void filesPassDciodvfyWithoutErrors() throws Exception {
        assumeTrue(
                onPath("dciodvfy"),
                "dciodvfy not found: install the Debian package dicom3tools to run this check");
        SampleSet set = generate();
        for (SampleCase c : set.cases()) {
            Path log = tmp.resolve("dciodvfy.log");
            Process p =
                    new ProcessBuilder("dciodvfy", file(set, c).toString())
                            .redirectErrorStream(true)
                            .redirectOutput(log.toFile())
                            .start();
            assertTrue(p.waitFor(60, TimeUnit.SECONDS), "dciodvfy hung on " + c.path());
            String out = Files.readString(log, StandardCharsets.ISO_8859_1);
            assertTrue(out.lines().noneMatch(l -> l.startsWith("Error")), c.path() + ":\n" + out);
        }
    }

    private static boolean onPath(String tool) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
            if (Files.isExecutable(Path.of(dir, tool))) {
                return true;
            }
        }
        return false;
    }
}
