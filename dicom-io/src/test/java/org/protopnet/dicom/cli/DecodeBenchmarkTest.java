package org.protopnet.dicom.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.protopnet.dicom.TransferSyntax;
import org.protopnet.dicom.testing.Tools;
import org.protopnet.dicom.write.DicomWriter;
import org.protopnet.dicom.write.ImageBuilder;

class DecodeBenchmarkTest {
    @TempDir Path tmp;

    @Test
    void reportsOurAndDcmtksThroughputForTheSameFile() throws Exception {
        Path f = tmp.resolve("b.dcm");
        DicomWriter.write(
                f,
                ImageBuilder.create(ImageBuilder.DX, "DX")
                        .monochrome(256, 256, 1, 14, false, new short[256 * 256])
                        .build(),
                TransferSyntax.EXPLICIT_VR_LE);
        Tools.run("dcmtk", "dcmconv", "--version");
        List<DecodeBenchmark.Row> rows = DecodeBenchmark.run(List.of(f), 0.05);
        assertEquals(1, rows.size());
        DecodeBenchmark.Row r = rows.get(0);
        assertEquals(256 * 256 * 2 / 1e6, r.megabytes(), 1e-9);
        assertTrue(r.oursMbPerS() > 0 && r.toolMbPerS() > 0, r.toString());
        assertTrue(DecodeBenchmark.format(rows).contains("dcmconv +te"));
    }
}
