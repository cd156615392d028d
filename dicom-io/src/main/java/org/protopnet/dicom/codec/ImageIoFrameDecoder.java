package org.protopnet.dicom.codec;

import java.awt.image.Raster;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import javax.imageio.ImageReader;
import javax.imageio.spi.ImageReaderSpi;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import org.protopnet.dicom.DicomException;
import org.protopnet.dicom.PixelDataException;
import org.protopnet.dicom.Tag;

/**
 * Decodes a frame with an ImageIO reader created from a fixed provider (never by service lookup,
 * which fails under plugin class loaders), reading the raw raster without colour conversion.
 */
abstract class ImageIoFrameDecoder implements FrameDecoder {
    private final ImageReaderSpi provider;
    private final String format;

    ImageIoFrameDecoder(ImageReaderSpi provider, String format) {
        this.provider = provider;
        this.format = format;
    }

    @Override
    public DecodedFrame decode(byte[] data, FrameGeometry g) throws DicomException {
        Raster raster;
        ImageReader reader = null;
        try (ImageInputStream in =
                new MemoryCacheImageInputStream(new ByteArrayInputStream(data))) {
            reader = provider.createReaderInstance();
            reader.setInput(in, true, true);
            raster = read(reader);
        } catch (IOException | RuntimeException e) {
            // ImageIO codecs signal corrupt streams with any unchecked exception; the caller
            // checked the stream's declared size against the header before, so none allocates
            // more than the image needs.
            throw new PixelDataException(
                    format + " decoder failed: " + e,
                    null,
                    DicomException.NO_OFFSET,
                    Tag.PIXEL_DATA,
                    e);
        } finally {
            if (reader != null) {
                reader.dispose();
            }
        }
        if (raster.getWidth() != g.columns()
                || raster.getHeight() != g.rows()
                || raster.getNumBands() != g.samplesPerPixel()) {
            throw new PixelDataException(
                    String.format(
                            "%s stream is %dx%d with %d components, the header says %dx%d with %d",
                            format,
                            raster.getWidth(),
                            raster.getHeight(),
                            raster.getNumBands(),
                            g.columns(),
                            g.rows(),
                            g.samplesPerPixel()),
                    null,
                    DicomException.NO_OFFSET,
                    Tag.PIXEL_DATA);
        }
        int[] samples =
                raster.getPixels(
                        raster.getMinX(), raster.getMinY(), g.columns(), g.rows(), (int[]) null);
        return new DecodedFrame(samples, convertedToRgb(g));
    }

    /** Reads image 0 from a reader whose input is set. */
    Raster read(ImageReader reader) throws IOException {
        return reader.readRaster(0, null);
    }

    /** Whether this codec's raster is RGB even if the stream stored another colour model. */
    abstract boolean convertedToRgb(FrameGeometry g);
}
