package org.protopnet.fiji.service;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import net.imglib2.Cursor;
import net.imglib2.img.Img;
import net.imglib2.type.numeric.real.FloatType;
import org.protopnet.dicom.DicomException;
import org.protopnet.dicom.DicomFile;
import org.protopnet.dicom.pixel.DecodedImage;
import org.protopnet.dicom.tensor.TensorSpec;
import org.protopnet.dicom.tensor.Tensorizer;
import org.protopnet.model.data.CaseIdentities;
import org.protopnet.model.data.CaseIdentity;
import org.protopnet.model.data.ImageFiles;
import org.protopnet.model.data.RawImage;

/**
 * Lets training and classification read DICOM files ({@code .dcm}, {@code .dicom}) through
 * dicom-io: the modality LUT, the file's own window (else the image's range) to [0, 1], MONOCHROME1
 * inverted so that bright means dense, colour as RGB. Training reads the first frame;
 * classification reads every frame of a multi-frame file (ultrasound cines).
 */
public final class DicomImages {
    private DicomImages() {}

    /** Registers the DICOM decoder with model-core's image readers (idempotent). */
    public static void register() {
        ImageFiles.register("dcm", DicomImages::read);
        ImageFiles.register("dicom", DicomImages::read);
        CaseIdentities.register("dcm", DicomImages::identity);
        CaseIdentities.register("dicom", DicomImages::identity);
    }

    /**
     * The case a training file is, for prototype records: its path and SOP Instance UID (frame 0,
     * the frame training reads). Read from the header only; never patient identifiers.
     */
    static CaseIdentity identity(Path file) throws IOException {
        String uid = StudyInfo.of(file).sopInstanceUid();
        return new CaseIdentity(file.toString(), uid.isEmpty() ? null : uid, 0);
    }

    /**
     * Decodes the first frame of {@code file}; a {@code DicomException} names file, offset, tag.
     */
    public static RawImage read(Path file) throws IOException {
        DecodedImage image = DicomFile.read(file).decode();
        return frame(image, 0);
    }

    /** Decodes every frame of {@code file}, in order. */
    public static List<RawImage> frames(Path file) throws IOException {
        DecodedImage image = DicomFile.read(file).decode();
        int count = image.shape()[0];
        List<RawImage> out = new ArrayList<>(count);
        for (int f = 0; f < count; f++) {
            out.add(frame(image, f));
        }
        return out;
    }

    /** One frame of a decoded image as pixels in [0, 1], interleaved. */
    static RawImage frame(DecodedImage image, int frame) throws DicomException {
        int[] shape = image.shape();
        int rows = shape[1];
        int cols = shape[2];
        int channels = shape.length == 4 && shape[3] > 1 ? 3 : 1;
        if (image.palette() != null) {
            channels = 3;
        }
        float[] zero = new float[channels];
        float[] one = new float[channels];
        java.util.Arrays.fill(one, 1f);
        TensorSpec spec =
                TensorSpec.builder()
                        .size(cols, rows)
                        .windowing(TensorSpec.Windowing.FILE)
                        .invertMonochrome1(true)
                        .channels(channels)
                        .normalise(zero, one)
                        .build();
        Img<FloatType> t = Tensorizer.apply(image, frame, spec);
        // ArrayImg order: x fastest, then y, then channel (planar); RawImage is interleaved.
        float[] px = new float[rows * cols * channels];
        Cursor<FloatType> c = t.cursor();
        int plane = rows * cols;
        for (int i = 0; c.hasNext(); i++) {
            float v = c.next().get();
            int ch = i / plane;
            int pos = i % plane;
            px[pos * channels + ch] = Math.max(0f, Math.min(1f, v));
        }
        return new RawImage(cols, rows, channels, px);
    }
}
