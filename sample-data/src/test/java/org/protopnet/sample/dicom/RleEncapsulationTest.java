package org.protopnet.sample.dicom;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.protopnet.dicom.DicomFile;
import org.protopnet.dicom.TransferSyntax;
import org.protopnet.dicom.parse.Dataset;
import org.protopnet.dicom.write.DicomWriter;
import org.protopnet.dicom.write.ImageBuilder;
import org.protopnet.sample.Rng;

/** RLE encapsulation round-trips through dicom-io's decoder: runs, literals, rows, frames. */
class RleEncapsulationTest {
    @TempDir Path tmp;

    @Test
    void multiFrameColourRoundTripsThroughDicomIo() throws Exception {
        int frames = 2;
        int rows = 5;
        int cols = 300; // longer than one PackBits run or literal
        byte[] px = new byte[frames * rows * cols * 3];
        Rng rng = new Rng(1);
        for (int i = 0; i < px.length; i++) {
            int col = (i / 3) % cols;
            px[i] = (byte) (col < 140 ? 7 : col < 200 ? rng.nextInt(256) : (col / 3) % 2);
        }
        Dataset ds =
                ImageBuilder.create(ImageBuilder.US_MULTIFRAME, "US")
                        .rgb(rows, cols, frames, px)
                        .build();
        RleEncapsulation.encode(ds, frames, rows, cols, 3, px);
        Path f = tmp.resolve("rle.dcm");
        DicomWriter.write(f, ds, TransferSyntax.RLE_LOSSLESS);
        assertArrayEquals(px, DicomFile.read(f).decode().stored().byteArray());
    }
}
