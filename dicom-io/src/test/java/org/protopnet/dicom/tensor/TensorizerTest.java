package org.protopnet.dicom.tensor;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import net.imglib2.RandomAccess;
import net.imglib2.img.Img;
import net.imglib2.type.numeric.real.FloatType;
import org.junit.jupiter.api.Test;
import org.protopnet.dicom.DicomFile;
import org.protopnet.dicom.TransferSyntax;
import org.protopnet.dicom.parse.DicomReader;
import org.protopnet.dicom.parse.ReadOptions;
import org.protopnet.dicom.pixel.DecodedImage;
import org.protopnet.dicom.tensor.TensorSpec.Interpolation;
import org.protopnet.dicom.tensor.TensorSpec.Resize;
import org.protopnet.dicom.tensor.TensorSpec.Windowing;
import org.protopnet.dicom.testing.Corpus;
import org.protopnet.dicom.write.DicomWriter;
import org.protopnet.dicom.write.ImageBuilder;

class TensorizerTest {

    /** A rows × cols image whose value is its column index × 100. */
    private static DecodedImage ramp(int rows, int cols, boolean monochrome1) throws Exception {
        short[] px = new short[rows * cols];
        for (int i = 0; i < px.length; i++) {
            px[i] = (short) ((i % cols) * 100);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DicomWriter.write(
                out,
                ImageBuilder.create(ImageBuilder.CR, "CR")
                        .monochrome(rows, cols, 1, 12, monochrome1, px)
                        .build(),
                TransferSyntax.EXPLICIT_VR_LE);
        return DicomReader.read(out.toByteArray(), Path.of("ramp.dcm"), ReadOptions.DEFAULT)
                .decode();
    }

    private static float at(Img<FloatType> img, long... pos) {
        RandomAccess<FloatType> ra = img.randomAccess();
        ra.setPosition(pos);
        return ra.get().get();
    }

    @Test
    void specRoundTripsThroughJson() {
        TensorSpec spec =
                TensorSpec.builder()
                        .size(64, 32)
                        .resize(Resize.PAD_TO_SQUARE)
                        .interpolation(Interpolation.NEAREST)
                        .window(40, 400)
                        .channels(1)
                        .normalise(new float[] {0.5f}, new float[] {0.25f})
                        .build();
        TensorSpec back = TensorSpec.fromJson(spec.toJson());
        assertEquals(spec, back);
        assertEquals(400, back.windowWidth());
        assertEquals(Resize.PAD_TO_SQUARE, back.resize());
    }

    @Test
    void rejectsASpecWithTwoChannels() {
        String json =
                TensorSpec.builder().build().toJson().replace("\"channels\": 3", "\"channels\": 2");
        assertThrows(IllegalArgumentException.class, () -> TensorSpec.fromJson(json));
    }

    @Test
    void axesAreXYChannelAndGreyIsReplicated() throws Exception {
        DecodedImage img = ramp(4, 8, false);
        TensorSpec spec =
                TensorSpec.builder().size(8, 4).windowing(Windowing.MIN_MAX).channels(3).build();
        Img<FloatType> t = Tensorizer.apply(img, 0, spec);
        assertArrayEquals(new long[] {8, 4, 3}, t.dimensionsAsLongArray());
        assertEquals(0f, at(t, 0, 2, 1));
        assertEquals(1f, at(t, 7, 2, 2));
        assertEquals(at(t, 3, 0, 0), at(t, 3, 3, 2));
    }

    @Test
    void invertsMonochrome1() throws Exception {
        TensorSpec spec =
                TensorSpec.builder().size(8, 4).windowing(Windowing.MIN_MAX).channels(1).build();
        Img<FloatType> t = Tensorizer.apply(ramp(4, 8, true), 0, spec);
        assertEquals(1f, at(t, 0, 0, 0));
        assertEquals(0f, at(t, 7, 0, 0));
    }

    @Test
    void padToSquareKeepsTheAspectWithZeroBorders() throws Exception {
        TensorSpec spec =
                TensorSpec.builder()
                        .size(8, 8)
                        .resize(Resize.PAD_TO_SQUARE)
                        .interpolation(Interpolation.NEAREST)
                        .windowing(Windowing.MIN_MAX)
                        .channels(1)
                        .build();
        Img<FloatType> t = Tensorizer.apply(ramp(4, 8, false), 0, spec);
        assertEquals(0f, at(t, 7, 0, 0));
        assertEquals(1f, at(t, 7, 3, 0));
        assertEquals(0f, at(t, 7, 7, 0));
    }

    @Test
    void fixedWindowAndNormalisationAreApplied() throws Exception {
        TensorSpec spec =
                TensorSpec.builder()
                        .size(8, 4)
                        .window(350.5, 100)
                        .channels(1)
                        .normalise(new float[] {0.5f}, new float[] {0.5f})
                        .build();
        Img<FloatType> t = Tensorizer.apply(ramp(4, 8, false), 0, spec);
        assertEquals(-1f, at(t, 0, 0, 0));
        assertEquals(1f, at(t, 7, 0, 0));
    }

    @Test
    void paletteColourBecomesRgbFromThePalette() throws Exception {
        Path f = Corpus.file("dcm4che__US-PAL-8-10x-echo.dcm");
        DecodedImage img = DicomFile.read(f).decode();
        int cols = img.description().columns();
        int rows = img.description().rows();
        TensorSpec spec = TensorSpec.builder().size(cols, rows).channels(3).build();
        Img<FloatType> t = Tensorizer.apply(img, 0, spec);
        long idx = img.stored().get(200 * cols + 300);
        var lut = img.palette();
        float scale = (1 << lut.bits()) - 1;
        for (int c = 0; c < 3; c++) {
            assertEquals(lut.lookup(idx, c) / scale, at(t, 300, 200, c), 1e-6);
        }
        assertTrue(lut.bits() == 8 || lut.bits() == 16);
    }
}
