package org.protopnet.fiji.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StudySourcesTest {
    @TempDir Path dir;

    @Test
    void walksFoldersInSortedOrderWithRelativeIdsAndPassesOverTables() throws Exception {
        Path in = dir.resolve("in");
        for (String f :
                List.of(
                        "b/2.dcm",
                        "b/1.png",
                        "a.jpg",
                        "labels.csv",
                        ".hidden.dcm",
                        "c/d/x.npy",
                        "c/junk.bin",
                        "DICOMDIR")) {
            Path p = in.resolve(f);
            Files.createDirectories(p.getParent());
            Files.writeString(p, "x");
        }
        Path single = dir.resolve("single.tif");
        Files.writeString(single, "x");
        List<StudySources.Source> s = StudySources.list(List.of(in, single));
        assertEquals(
                List.of("a.jpg", "b/1.png", "b/2.dcm", "c/d/x.npy", "c/junk.bin", "single.tif"),
                s.stream().map(StudySources.Source::id).toList());
        assertEquals(InputFile.Kind.DICOM, s.get(2).kind());
        assertEquals(InputFile.Kind.TENSOR, s.get(3).kind());
        assertEquals(InputFile.Kind.OTHER, s.get(4).kind());
        assertThrows(
                IllegalArgumentException.class,
                () -> StudySources.list(List.of(dir.resolve("missing"))));
    }
}
