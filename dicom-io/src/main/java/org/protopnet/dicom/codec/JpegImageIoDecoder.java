package org.protopnet.dicom.codec;

import com.twelvemonkeys.imageio.plugins.jpeg.JPEGImageReaderSpi;
import javax.imageio.spi.IIORegistry;
import javax.imageio.spi.ImageReaderSpi;

/**
 * JPEG baseline (8-bit DCT) through TwelveMonkeys {@code imageio-jpeg}. The raw raster keeps the
 * stream's colour as stored, also for a YCbCr stream in a file that declares RGB: dcmtk and
 * pydicom, whose decodes are the references, do the same.
 */
final class JpegImageIoDecoder extends ImageIoFrameDecoder {
    private static final ImageReaderSpi PROVIDER = provider();

    JpegImageIoDecoder() {
        super(PROVIDER, "JPEG");
    }

    @Override
    boolean convertedToRgb(FrameGeometry g) {
        return false;
    }

    /** TwelveMonkeys finds the JDK reader it delegates baseline decoding to on registration. */
    private static ImageReaderSpi provider() {
        JPEGImageReaderSpi spi = new JPEGImageReaderSpi();
        spi.onRegistration(IIORegistry.getDefaultInstance(), ImageReaderSpi.class);
        return spi;
    }
}
