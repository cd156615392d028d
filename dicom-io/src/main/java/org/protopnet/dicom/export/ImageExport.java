package org.protopnet.dicom.export;

import java.awt.image.BufferedImage;
import java.awt.image.DataBuffer;
import java.awt.image.WritableRaster;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import org.protopnet.dicom.pixel.StoredPixels;

/**
 * Writes stored values as PNG (one file per frame) or multi-page TIFF: 8-bit grey or RGB, or 16-bit
 * grey; signed values are offset by 2^(bits-1) so that they fit unsigned samples.
 */
public final class ImageExport {
    private ImageExport() {}

    /** Writes {@code base}.png, or {@code base}_0001.png... for several frames; returns paths. */
    public static List<Path> png(Path base, StoredPixels px) throws IOException {
        int[] s = px.shape();
        List<Path> written = new ArrayList<>();
        for (int f = 0; f < s[0]; f++) {
            Path p =
                    s[0] == 1
                            ? base.resolveSibling(base.getFileName() + ".png")
                            : base.resolveSibling(
                                    String.format("%s_%04d.png", base.getFileName(), f + 1));
            if (!ImageIO.write(frame(px, f), "png", p.toFile())) {
                throw new IOException("no PNG writer available");
            }
            written.add(p);
        }
        return written;
    }

    /** Writes {@code base}.tiff with one page per frame. */
    public static Path tiff(Path base, StoredPixels px) throws IOException {
        Path p = base.resolveSibling(base.getFileName() + ".tiff");
        Iterator<ImageWriter> it = ImageIO.getImageWritersByFormatName("tiff");
        if (!it.hasNext()) {
            throw new IOException("no TIFF writer available");
        }
        ImageWriter w = it.next();
        Files.deleteIfExists(p);
        try (ImageOutputStream out = ImageIO.createImageOutputStream(p.toFile())) {
            w.setOutput(out);
            w.prepareWriteSequence(null);
            for (int f = 0; f < px.shape()[0]; f++) {
                w.writeToSequence(new IIOImage(frame(px, f), null, null), null);
            }
            w.endWriteSequence();
        } finally {
            w.dispose();
        }
        return p;
    }

    /** Writes float32 values shaped (frames, rows, columns) as {@code base}.tiff, one page each. */
    public static Path tiff(Path base, float[] values, int[] shape) throws IOException {
        if (shape.length != 3) {
            throw new IOException("float TIFF holds grey images only; use npy for colour");
        }
        Path p = base.resolveSibling(base.getFileName() + ".tiff");
        Iterator<ImageWriter> it = ImageIO.getImageWritersByFormatName("tiff");
        if (!it.hasNext()) {
            throw new IOException("no TIFF writer available");
        }
        ImageWriter w = it.next();
        Files.deleteIfExists(p);
        int rows = shape[1];
        int cols = shape[2];
        java.awt.image.ColorModel cm =
                new java.awt.image.ComponentColorModel(
                        java.awt.color.ColorSpace.getInstance(java.awt.color.ColorSpace.CS_GRAY),
                        false,
                        false,
                        java.awt.Transparency.OPAQUE,
                        DataBuffer.TYPE_FLOAT);
        try (ImageOutputStream out = ImageIO.createImageOutputStream(p.toFile())) {
            w.setOutput(out);
            w.prepareWriteSequence(null);
            for (int f = 0; f < shape[0]; f++) {
                float[] page =
                        java.util.Arrays.copyOfRange(
                                values, f * rows * cols, (f + 1) * rows * cols);
                WritableRaster r =
                        java.awt.image.Raster.createWritableRaster(
                                cm.createCompatibleSampleModel(cols, rows),
                                new java.awt.image.DataBufferFloat(page, page.length),
                                null);
                w.writeToSequence(
                        new IIOImage(new BufferedImage(cm, r, false, null), null, null), null);
            }
            w.endWriteSequence();
        } finally {
            w.dispose();
        }
        return p;
    }

    /** One frame as a BufferedImage of the narrowest fitting type. */
    static BufferedImage frame(StoredPixels px, int f) {
        int[] s = px.shape();
        int rows = s[1];
        int cols = s[2];
        int spp = s.length > 3 ? s[3] : 1;
        boolean wide = px.dtype().bytes() > 1;
        int type =
                spp == 3
                        ? BufferedImage.TYPE_3BYTE_BGR
                        : wide ? BufferedImage.TYPE_USHORT_GRAY : BufferedImage.TYPE_BYTE_GRAY;
        BufferedImage img = new BufferedImage(cols, rows, type);
        WritableRaster r = img.getRaster();
        long offset = px.dtype().signed() ? (wide ? 32768 : 128) : 0;
        int max = spp == 3 || !wide ? 255 : 65535;
        int base = f * px.frameSize();
        int[] pixel = new int[spp];
        for (int y = 0; y < rows; y++) {
            for (int x = 0; x < cols; x++) {
                for (int c = 0; c < spp; c++) {
                    long v = px.get(base + (y * cols + x) * spp + c) + offset;
                    pixel[c] = (int) Math.max(0, Math.min(max, v));
                }
                r.setPixel(x, y, pixel);
            }
        }
        assert r.getDataBuffer().getDataType() != DataBuffer.TYPE_UNDEFINED;
        return img;
    }
}
