package org.protopnet.sample;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.protopnet.dicom.DicomFile;
import org.protopnet.dicom.pixel.DecodedImage;
import org.protopnet.dicom.pixel.StoredPixels;

/** The generator: deterministic, committed set unedited, lesion boxes where they belong. */
class SampleSetGeneratorTest {
    @TempDir Path tmp;

    static GeneratorOptions small(long seed) {
        return new GeneratorOptions(
                seed,
                EnumSet.allOf(SampleModality.class),
                new SplitCounts(4, 1, 1),
                new SplitCounts(4, 1, 1));
    }

    static List<Path> files(Path root) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(Files::isRegularFile).map(root::relativize).sorted().toList();
        }
    }

    static void assertSameFiles(Path expected, Path actual) throws IOException {
        List<Path> names = files(expected);
        assertEquals(names, files(actual));
        for (Path p : names) {
            assertArrayEquals(
                    Files.readAllBytes(expected.resolve(p)),
                    Files.readAllBytes(actual.resolve(p)),
                    p + " differs");
        }
    }

    @Test
    void sameSeedGivesByteIdenticalFiles() throws Exception {
        SampleSetGenerator.generate(tmp.resolve("a"), small(5));
        SampleSetGenerator.generate(tmp.resolve("b"), small(5));
        SampleSetGenerator.generate(tmp.resolve("c"), small(6));
        assertSameFiles(tmp.resolve("a"), tmp.resolve("b"));
        Path f = Path.of("xray", "train", "nodule", "XR0002.dcm");
        assertNotEquals(
                Files.mismatch(tmp.resolve("a").resolve(f), tmp.resolve("c").resolve(f)), -1L);
    }

    @Test
    void committedSetIsWhatTheGeneratorMakesFromTheCommittedSeed() throws Exception {
        Path committed = Path.of(System.getProperty("protopnet.sample.set", "set"));
        assertTrue(Files.isDirectory(committed), "no committed set at " + committed);
        SampleSetGenerator.generate(tmp, GeneratorOptions.committed());
        assertSameFiles(committed, tmp);
    }

    @Test
    void writesLabelsWithSplitsAndOneLesionRowPerFrame() throws Exception {
        SampleSet set = SampleSetGenerator.generate(tmp, small(3));
        for (SampleModality m : SampleModality.values()) {
            List<String> labels = Files.readAllLines(set.labels(m));
            assertEquals("path,label,split", labels.get(0));
            assertEquals(18, labels.size() - 1);
            assertEquals(4 * 3, labels.stream().filter(l -> l.endsWith(",train")).count());
            List<String> lesions = Files.readAllLines(set.lesions(m));
            assertEquals("path,frame,label,x0,y0,x1,y1", lesions.get(0));
            int frames = 0;
            for (SampleCase c : set.cases(m)) {
                assertTrue(Files.isRegularFile(set.root().resolve(m.folder()).resolve(c.path())));
                frames += c.label().equals("normal") ? 0 : c.frames();
                assertEquals(c.label().equals("normal") ? 0 : c.frames(), c.lesions().size());
            }
            assertEquals(frames, lesions.size() - 1);
        }
    }

    @Test
    void lesionBoxesLieInsideTheImageAndUltrasoundBoxesInsideTheSector() throws Exception {
        SampleSet set = SampleSetGenerator.generate(tmp, small(11));
        for (SampleCase c : set.cases()) {
            DecodedImage img =
                    DicomFile.read(set.root().resolve(c.modality().folder()).resolve(c.path()))
                            .decode();
            int rows = img.shape()[1];
            int cols = img.shape()[2];
            for (LesionBox b : c.lesions()) {
                assertTrue(b.x0() >= 0 && b.y0() >= 0 && b.x1() <= cols && b.y1() <= rows, c + "");
                assertTrue(b.width() >= 0.1 * cols, "lesion under 10 % of the width: " + c);
                if (c.modality() == SampleModality.ULTRASOUND) {
                    StoredPixels px = img.stored();
                    int base = b.frame() * px.frameSize();
                    for (int y = b.y0(); y < b.y1(); y++) {
                        for (int x = b.x0(); x < b.x1(); x++) {
                            // outside the sector every sample is 0; inside Y (or R) is >= 3
                            assertTrue(
                                    px.get(base + (y * cols + x) * 3) > 0,
                                    c + " at " + x + "," + y);
                        }
                    }
                }
            }
        }
    }
}
