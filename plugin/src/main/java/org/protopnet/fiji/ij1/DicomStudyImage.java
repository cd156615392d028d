package org.protopnet.fiji.ij1;

import ij.ImagePlus;
import ij.ImageStack;
import ij.measure.Calibration;
import ij.process.ColorProcessor;
import ij.process.FloatProcessor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import net.imglib2.RandomAccess;
import net.imglib2.img.Img;
import net.imglib2.type.numeric.real.FloatType;
import org.protopnet.dicom.DicomException;
import org.protopnet.dicom.DicomFile;
import org.protopnet.dicom.Tag;
import org.protopnet.dicom.parse.Dataset;
import org.protopnet.dicom.pixel.DecodedImage;
import org.protopnet.dicom.pixel.PhotometricInterpretation;
import org.protopnet.dicom.pixel.VoiLut;
import org.protopnet.dicom.tensor.TensorSpec;
import org.protopnet.dicom.tensor.Tensorizer;

/**
 * Opens a DICOM study as an ImageJ stack through dicom-io: every frame of a (multi-frame) file, or
 * every file of a one-series folder in instance order. Grey images hold modality values (32-bit,
 * the file's window as display range, MONOCHROME1 with an inverted LUT); colour images are RGB.
 * Pixel size comes from Pixel Spacing (else Imager Pixel Spacing, else the first ultrasound
 * region), the frame interval from Frame Time; the image info lists key tags, patient identifiers
 * only when asked for.
 *
 * <pre>{@code
 * ImagePlus imp = DicomStudyImage.open(Path.of("cine.dcm"), false);
 * }</pre>
 */
public final class DicomStudyImage {
    private static final int IMAGER_PIXEL_SPACING = 0x00181164;
    private static final int FRAME_TIME = 0x00181063;
    private static final int ULTRASOUND_REGIONS = 0x00186011;
    private static final int PHYSICAL_UNITS_X = 0x00186024;
    private static final int PHYSICAL_DELTA_X = 0x0018602C;
    private static final int PHYSICAL_DELTA_Y = 0x0018602E;
    private static final int US_UNITS_CM = 3;

    private DicomStudyImage() {}

    /** A file or a folder of one series' files; errors name the file at fault. */
    public static ImagePlus open(Path input, boolean phi) throws IOException {
        List<Path> files = files(input);
        ImageStack stack = null;
        DecodedImage first = null;
        boolean monochrome1 = false;
        for (Path file : files) {
            DecodedImage image = DicomFile.read(file).decode();
            int[] shape = image.shape();
            if (stack == null) {
                first = image;
                stack = new ImageStack(shape[2], shape[1]);
                monochrome1 =
                        image.description().photometric() == PhotometricInterpretation.MONOCHROME1;
            } else if (shape[2] != stack.getWidth() || shape[1] != stack.getHeight()) {
                throw new DicomException(
                        file
                                + ": "
                                + shape[2]
                                + " x "
                                + shape[1]
                                + " pixels, the series' first image has "
                                + stack.getWidth()
                                + " x "
                                + stack.getHeight());
            }
            addFrames(stack, image, file);
        }
        String title = input.getFileName().toString();
        ImagePlus imp = new ImagePlus(title, stack);
        if (imp.getType() == ImagePlus.GRAY32) {
            VoiLut voi = VoiLut.from(first.dataset());
            if (voi.hasWindow()) {
                imp.setDisplayRange(voi.center() - voi.width() / 2, voi.center() + voi.width() / 2);
            } else {
                imp.resetDisplayRange();
            }
            if (monochrome1) {
                imp.getProcessor().invertLut();
            }
        }
        imp.setCalibration(calibration(first.dataset()));
        imp.setProperty("Info", DicomInfo.describe(files.get(0), first, stack.getSize(), phi));
        return imp;
    }

    private static List<Path> files(Path input) throws IOException {
        if (!Files.isDirectory(input)) {
            if (!Files.isRegularFile(input)) {
                throw new DicomException(input + ": no such file or folder");
            }
            return List.of(input);
        }
        List<Path> files;
        try (Stream<Path> s = Files.list(input)) {
            files =
                    s.filter(Files::isRegularFile)
                            .filter(p -> !p.getFileName().toString().startsWith("."))
                            .filter(p -> !p.getFileName().toString().equalsIgnoreCase("DICOMDIR"))
                            .sorted()
                            .toList();
        }
        List<Path> dicom = new ArrayList<>();
        List<Integer> numbers = new ArrayList<>();
        for (Path f : files) {
            try {
                Dataset ds = DicomFile.read(f).dataset();
                if (ds.contains(Tag.PIXEL_DATA)) {
                    dicom.add(f);
                    numbers.add(ds.getInt(Tag.INSTANCE_NUMBER, Integer.MAX_VALUE));
                }
            } catch (DicomException e) {
                // not a DICOM file: a folder may hold reports or thumbnails too
            }
        }
        if (dicom.isEmpty()) {
            throw new DicomException(input + ": no DICOM image in this folder");
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < dicom.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparingInt(numbers::get));
        return order.stream().map(dicom::get).toList();
    }

    private static void addFrames(ImageStack stack, DecodedImage image, Path file)
            throws DicomException {
        int[] shape = image.shape();
        int frames = shape[0];
        int rows = shape[1];
        int cols = shape[2];
        boolean colour = shape.length == 4;
        float[] modality = colour ? null : image.modality();
        for (int f = 0; f < frames; f++) {
            String label = file.getFileName() + (frames > 1 ? " frame " + (f + 1) : "");
            if (colour) {
                stack.addSlice(label, colourFrame(image, f, cols, rows));
            } else {
                float[] px = new float[rows * cols];
                System.arraycopy(modality, f * rows * cols, px, 0, px.length);
                stack.addSlice(label, new FloatProcessor(cols, rows, px));
            }
        }
    }

    private static ColorProcessor colourFrame(DecodedImage image, int frame, int cols, int rows)
            throws DicomException {
        TensorSpec spec =
                TensorSpec.builder()
                        .size(cols, rows)
                        .windowing(TensorSpec.Windowing.FILE)
                        .channels(3)
                        .normalise(new float[3], new float[] {1f, 1f, 1f})
                        .build();
        Img<FloatType> t = Tensorizer.apply(image, frame, spec);
        RandomAccess<FloatType> ra = t.randomAccess();
        int[] rgb = new int[rows * cols];
        long[] pos = new long[3];
        for (int y = 0; y < rows; y++) {
            for (int x = 0; x < cols; x++) {
                int v = 0;
                for (int c = 0; c < 3; c++) {
                    pos[0] = x;
                    pos[1] = y;
                    pos[2] = c;
                    ra.setPosition(pos);
                    int s = Math.round(Math.max(0f, Math.min(1f, ra.get().get())) * 255f);
                    v = (v << 8) | s;
                }
                rgb[y * cols + x] = v;
            }
        }
        return new ColorProcessor(cols, rows, rgb);
    }

    /** Pixel size in mm and frame interval in s from the tags that carry them. */
    static Calibration calibration(Dataset ds) throws DicomException {
        Calibration cal = new Calibration();
        double[] spacing = ds.getDoubles(Tag.PIXEL_SPACING);
        if (spacing.length < 2) {
            spacing = ds.getDoubles(IMAGER_PIXEL_SPACING);
        }
        if (spacing.length >= 2 && spacing[0] > 0 && spacing[1] > 0) {
            cal.pixelHeight = spacing[0]; // row spacing: between rows, i.e. along y
            cal.pixelWidth = spacing[1];
            cal.setUnit("mm");
        } else if (ds.contains(ULTRASOUND_REGIONS)) {
            List<Dataset> regions = ds.getSequence(ULTRASOUND_REGIONS);
            if (!regions.isEmpty()) {
                Dataset r = regions.get(0);
                double dx = r.getDouble(PHYSICAL_DELTA_X, 0);
                double dy = r.getDouble(PHYSICAL_DELTA_Y, 0);
                if (r.getInt(PHYSICAL_UNITS_X, -1) == US_UNITS_CM && dx > 0 && dy > 0) {
                    cal.pixelWidth = dx * 10;
                    cal.pixelHeight = dy * 10;
                    cal.setUnit("mm");
                }
            }
        }
        double frameMs = ds.getDouble(FRAME_TIME, 0);
        if (frameMs > 0) {
            cal.frameInterval = frameMs / 1000.0;
            cal.setTimeUnit("s");
        }
        return cal;
    }
}
