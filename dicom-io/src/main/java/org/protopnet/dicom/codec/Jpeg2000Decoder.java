package org.protopnet.dicom.codec;

import com.github.jaiimageio.jpeg2000.impl.J2KImageReaderSpi;

/**
 * JPEG 2000 part 1 through {@code jai-imageio-jpeg2000}; the codec undoes the multi-component
 * transform (RCT/ICT), so colour comes out RGB.
 */
public final class Jpeg2000Decoder extends ImageIoFrameDecoder {
    /** A decoder with its own reader provider. */
    public Jpeg2000Decoder() {
        super(new J2KImageReaderSpi(), "JPEG 2000");
    }

    @Override
    boolean convertedToRgb(FrameGeometry g) {
        return g.samplesPerPixel() == 3;
    }
}
