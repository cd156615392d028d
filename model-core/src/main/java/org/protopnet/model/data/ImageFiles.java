package org.protopnet.model.data;

import java.awt.image.BufferedImage;
import java.awt.image.Raster;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javax.imageio.ImageIO;

/**
 * Decodes image files to {@link RawImage}: PNG, JPEG, BMP, GIF and TIFF through ImageIO (8- and
 * 16-bit grey or colour), plus any format a module registers (the plugin registers DICOM through
 * dicom-io).
 */
public final class ImageFiles {
    /** Reads one file format; registered per lower-case extension. */
    @FunctionalInterface
    public interface Decoder {
        RawImage decode(Path file) throws IOException;
    }

    private static final Set<String> IMAGEIO =
            Set.of("png", "jpg", "jpeg", "bmp", "gif", "tif", "tiff");
    private static final Map<String, Decoder> EXTRA = new ConcurrentHashMap<>();

    private ImageFiles() {}

    /** Adds a decoder for files ending in {@code .extension}. */
    public static void register(String extension, Decoder decoder) {
        EXTRA.put(extension.toLowerCase(Locale.ROOT), decoder);
    }

    /** True when some decoder claims {@code file}'s extension. */
    public static boolean isImage(Path file) {
        String ext = extension(file);
        return IMAGEIO.contains(ext) || EXTRA.containsKey(ext);
    }

    /** Decodes {@code file}; a failure names the file and why. */
    public static RawImage read(Path file) {
        String ext = extension(file);
        try {
            Decoder extra = EXTRA.get(ext);
            if (extra != null) {
                return extra.decode(file);
            }
            BufferedImage img = ImageIO.read(file.toFile());
            if (img == null) {
                throw new DataException(file + ": not a readable image (no decoder accepted it)");
            }
            return fromBufferedImage(img);
        } catch (IOException e) {
            throw new DataException(file + ": cannot decode image: " + e.getMessage(), e);
        }
    }

    /** Pixels of {@code img} in [0, 1]: grey stays one channel, anything else becomes RGB. */
    public static RawImage fromBufferedImage(BufferedImage img) {
        int w = img.getWidth();
        int h = img.getHeight();
        Raster raster = img.getRaster();
        int bands = raster.getNumBands();
        boolean grey = img.getColorModel().getNumColorComponents() == 1 && bands <= 2;
        if (grey) {
            int bits = img.getColorModel().getComponentSize(0);
            float max = (float) ((1L << bits) - 1);
            float[] v = new float[w * h];
            for (int y = 0; y < h; y++) {
                for (int x = 0; x < w; x++) {
                    v[y * w + x] = raster.getSample(x, y, 0) / max;
                }
            }
            return new RawImage(w, h, 1, v);
        }
        float[] v = new float[w * h * 3];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int rgb = img.getRGB(x, y);
                int o = (y * w + x) * 3;
                v[o] = ((rgb >> 16) & 0xff) / 255f;
                v[o + 1] = ((rgb >> 8) & 0xff) / 255f;
                v[o + 2] = (rgb & 0xff) / 255f;
            }
        }
        return new RawImage(w, h, 3, v);
    }

    private static String extension(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
