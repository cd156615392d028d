package org.protopnet.fiji.command;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.protopnet.dicom.Tag;
import org.protopnet.dicom.TransferSyntax;
import org.protopnet.dicom.VR;
import org.protopnet.dicom.write.DicomWriter;
import org.protopnet.dicom.write.ImageBuilder;
import org.protopnet.model.data.PlantedPartSet;
import org.protopnet.model.data.RawImage;

/** Small real inputs for the command tests: a class-folder PNG set and DICOM studies. */
public final class TestData {
    private TestData() {}

    /**
     * Writes {@code count} planted-part images (48 x 48 grey PNG, three classes that differ by a
     * small local part) as {@code dir/CLASS/case-NNNN.png}.
     */
    public static Path classFolders(Path dir, int count) throws IOException {
        PlantedPartSet set = new PlantedPartSet(count, 48, 7);
        for (int i = 0; i < set.size(); i++) {
            String cls = set.classNames().get(set.label(i)).replace(' ', '_');
            Path file = dir.resolve(cls).resolve(String.format("case-%04d.png", i));
            Files.createDirectories(file.getParent());
            ImageIO.write(grey(set.load(i)), "png", file.toFile());
        }
        return dir;
    }

    /** A planted-part image as an 8-bit grey picture. */
    public static BufferedImage grey(RawImage r) {
        BufferedImage img = new BufferedImage(r.width(), r.height(), BufferedImage.TYPE_BYTE_GRAY);
        for (int y = 0; y < r.height(); y++) {
            for (int x = 0; x < r.width(); x++) {
                int v = Math.round(Math.max(0f, Math.min(1f, r.get(x, y, 0))) * 255f);
                img.getRaster().setSample(x, y, 0, v);
            }
        }
        return img;
    }

    /**
     * A multi-frame ultrasound-like DICOM file: {@code frames} frames of 40 x 30 (columns x rows),
     * 12 bits, pixel value = 100 * frame + x, Pixel Spacing 0.5 \ 0.25 mm, Frame Time 40 ms, a
     * window, and a patient name that must not show by default.
     */
    public static Path multiFrameDicom(Path file, int frames) throws IOException {
        int rows = 30;
        int cols = 40;
        short[] px = new short[frames * rows * cols];
        for (int f = 0; f < frames; f++) {
            for (int y = 0; y < rows; y++) {
                for (int x = 0; x < cols; x++) {
                    px[(f * rows + y) * cols + x] = (short) (100 * f + x);
                }
            }
        }
        var ds =
                ImageBuilder.create(ImageBuilder.US_MULTIFRAME, "US")
                        .patient("Doe^Jane", "P-123")
                        .monochrome(rows, cols, frames, 12, false, px)
                        .set(Tag.PIXEL_SPACING, VR.DS, "0.5", "0.25")
                        .set(0x00181063, VR.DS, "40")
                        .set(Tag.WINDOW_CENTER, VR.DS, "150")
                        .set(Tag.WINDOW_WIDTH, VR.DS, "300")
                        .build();
        Files.createDirectories(file.toAbsolutePath().getParent());
        DicomWriter.write(file, ds, TransferSyntax.EXPLICIT_VR_LE);
        return file;
    }
}
