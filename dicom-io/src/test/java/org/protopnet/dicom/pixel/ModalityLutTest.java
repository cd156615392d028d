package org.protopnet.dicom.pixel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.protopnet.dicom.DicomFile;
import org.protopnet.dicom.Tag;
import org.protopnet.dicom.VR;
import org.protopnet.dicom.parse.Dataset;
import org.protopnet.dicom.testing.Corpus;
import org.protopnet.dicom.testing.Npy;

class ModalityLutTest {
    private static final PixelDescription MONO =
            new PixelDescription(
                    1, 1, 1, 1, 16, 12, 11, false, false, PhotometricInterpretation.MONOCHROME2);

    @Test
    void appliesRescaleSlopeAndIntercept() throws Exception {
        Dataset ds = new Dataset();
        ds.putString(Tag.RESCALE_SLOPE, VR.DS, "0.5");
        ds.putString(Tag.RESCALE_INTERCEPT, VR.DS, "-1024");
        assertEquals(-1000f, ModalityLut.from(ds, MONO).apply(48));
    }

    @Test
    void lutSequenceTakesPrecedenceAndClampsOutsideItsRange() throws Exception {
        Dataset item = new Dataset();
        item.putInts(Tag.LUT_DESCRIPTOR, VR.US, 3, 10, 16);
        ByteBuffer b = ByteBuffer.allocate(6).order(ByteOrder.LITTLE_ENDIAN);
        b.putShort((short) 100).putShort((short) 200).putShort((short) 300);
        item.putBytes(Tag.LUT_DATA, VR.OW, b.array());
        Dataset ds = new Dataset();
        ds.putSequence(Tag.MODALITY_LUT_SEQUENCE, List.of(item));
        ds.putString(Tag.RESCALE_SLOPE, VR.DS, "7");
        ModalityLut lut = ModalityLut.from(ds, MONO);
        assertEquals(100f, lut.apply(0));
        assertEquals(200f, lut.apply(11));
        assertEquals(300f, lut.apply(99));
    }

    @Test
    void matchesTheCorpusModalityReferenceForALutSequenceFile() throws Exception {
        var root = Corpus.root();
        DecodedImage img = DicomFile.read(root.resolve("files/pydicom-data__mlut_18.dcm")).decode();
        Npy ref = Npy.read(root.resolve("refs/pydicom-data__mlut_18__modality.npy"));
        float[] got = img.modality();
        assertEquals(ref.values().length, got.length);
        double max = 0;
        for (int i = 0; i < got.length; i++) {
            max = Math.max(max, Math.abs(got[i] - ref.values()[i]));
        }
        assertTrue(max < 1e-3, "max |diff| " + max);
    }

    @Test
    void voiWindowMapsCentreToHalf() throws Exception {
        VoiLut w = VoiLut.window(40, 400);
        assertEquals(0.5, w.toUnit(40), 0.01);
        assertEquals(0.0, w.toUnit(-500));
        assertEquals(1.0, w.toUnit(500));
    }
}
