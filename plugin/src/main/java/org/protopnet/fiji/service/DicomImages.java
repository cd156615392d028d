package org.protopnet.fiji.service;

import java.io.IOException;
import java.nio.file.Path;
import net.imglib2.RandomAccess;
import net.imglib2.img.Img;
import net.imglib2.type.numeric.real.FloatType;
import org.protopnet.dicom.DicomFile;
import org.protopnet.dicom.pixel.DecodedImage;
import org.protopnet.dicom.tensor.TensorSpec;
import org.protopnet.dicom.tensor.Tensorizer;
import org.protopnet.model.data.ImageFiles;
import org.protopnet.model.data.RawImage;

/**
 * Lets training and classification read DICOM files ({@code .dcm}, {@code .dicom}) through
 * dicom-io: the first frame, the modality LUT, the file's own window (else the image's range) to
 * [0, 1], MONOCHROME1 inverted so that bright means dense, colour as RGB.
 */
public final class DicomImages {
    private DicomImages() {}

    /** Registers the DICOM decoder with model-core's image readers (idempotent). */
    public static void register() {
        ImageFiles.register("dcm", DicomImages::read);
        ImageFiles.register("dicom", DicomImages::read);
    }

    /**
     * Decodes the first frame of {@code file}; a {@code DicomException} names file, offset, tag.
     */
    public static RawImage read(Path file) throws IOException {
        DecodedImage image = DicomFile.read(file).decode();
        int[] shape = image.shape();
        int rows = shape[1];
        int cols = shape[2];
        int channels = shape.length == 4 ? 3 : 1;
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
        Img<FloatType> t = Tensorizer.apply(image, 0, spec);
        float[] px = new float[rows * cols * channels];
        RandomAccess<FloatType> ra = t.randomAccess();
        for (int y = 0; y < rows; y++) {
            for (int x = 0; x < cols; x++) {
                for (int c = 0; c < channels; c++) {
                    ra.setPosition(new long[] {x, y, c});
                    px[(y * cols + x) * channels + c] = Math.max(0f, Math.min(1f, ra.get().get()));
                }
            }
        }
        return new RawImage(cols, rows, channels, px);
    }
}
