package org.protopnet.dicom.codec;

import org.protopnet.dicom.DicomException;
import org.protopnet.dicom.TransferSyntax;
import org.protopnet.dicom.UnsupportedDicomException;

/** Chooses the frame decoder for a transfer syntax, checking each stream's header first. */
public final class Codecs {
    private Codecs() {}

    /**
     * The decoder for {@code ts}.
     *
     * @throws UnsupportedDicomException when no decoder exists for the syntax
     */
    public static FrameDecoder forSyntax(TransferSyntax ts) throws DicomException {
        return switch (ts.compression()) {
            case RLE -> new RleDecoder();
            case JPEG_BASELINE, JPEG_EXTENDED, JPEG_LOSSLESS -> Codecs::decodeJpeg;
            case JPEG_LS -> Codecs::decodeJpegLs;
            case JPEG_2000 -> Codecs::decodeJpeg2000;
            default ->
                    throw new UnsupportedDicomException(
                            "pixel data in "
                                    + ts
                                    + " cannot be decoded; transcode to Explicit VR Little Endian first "
                                    + "(e.g. dcmtk: dcmconv +te, or gdcmconv --raw)");
        };
    }

    private static DecodedFrame decodeJpeg(byte[] data, FrameGeometry g) throws DicomException {
        StreamHeader h = StreamHeader.jpeg(data);
        h.check(g, "JPEG");
        if (h.marker() == 0xFFF7) {
            return new JpegLsDecoder().decode(data, g);
        }
        if (h.marker() == 0xFFC3) {
            return new JpegLosslessDecoder().decode(data, g);
        }
        if (h.precision() > 8) {
            return new JpegDctDecoder().decode(data, g);
        }
        return new JpegImageIoDecoder().decode(data, g);
    }

    private static DecodedFrame decodeJpegLs(byte[] data, FrameGeometry g) throws DicomException {
        StreamHeader.jpeg(data).check(g, "JPEG-LS");
        return new JpegLsDecoder().decode(data, g);
    }

    private static DecodedFrame decodeJpeg2000(byte[] data, FrameGeometry g) throws DicomException {
        StreamHeader.jpeg2000(data).check(g, "JPEG 2000");
        StreamHeader.checkJpeg2000Packets(data);
        return new Jpeg2000Decoder().decode(data, g);
    }
}
