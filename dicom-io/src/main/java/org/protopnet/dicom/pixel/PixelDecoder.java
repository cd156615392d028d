package org.protopnet.dicom.pixel;

import java.util.List;
import org.protopnet.dicom.DicomException;
import org.protopnet.dicom.LimitExceededException;
import org.protopnet.dicom.PixelDataException;
import org.protopnet.dicom.Tag;
import org.protopnet.dicom.TransferSyntax;
import org.protopnet.dicom.UnsupportedDicomException;
import org.protopnet.dicom.codec.Codecs;
import org.protopnet.dicom.codec.DecodedFrame;
import org.protopnet.dicom.codec.FrameDecoder;
import org.protopnet.dicom.codec.FrameGeometry;
import org.protopnet.dicom.parse.Dataset;
import org.protopnet.dicom.parse.Element;
import org.protopnet.dicom.parse.Fragments;
import org.protopnet.dicom.parse.ReadOptions;

/** Decodes a data set's pixel data, native or encapsulated, into {@link StoredPixels}. */
public final class PixelDecoder {
    private PixelDecoder() {}

    /**
     * Decodes every frame of {@code ds}.
     *
     * @throws DicomException when there are no pixel data, they do not fit the Image Pixel module,
     *     the codec fails, or the image exceeds {@link ReadOptions#maxPixelBytes()}
     */
    public static DecodedImage decode(Dataset ds, TransferSyntax ts, ReadOptions options)
            throws DicomException {
        Element e = ds.get(Tag.PIXEL_DATA);
        if (e == null) {
            if (ds.contains(Tag.FLOAT_PIXEL_DATA) || ds.contains(Tag.DOUBLE_FLOAT_PIXEL_DATA)) {
                throw new UnsupportedDicomException(
                        "float pixel data are not supported",
                        null,
                        DicomException.NO_OFFSET,
                        Tag.FLOAT_PIXEL_DATA);
            }
            throw new PixelDataException(
                    "no Pixel Data (7FE0,0010) in this file",
                    null,
                    DicomException.NO_OFFSET,
                    Tag.PIXEL_DATA);
        }
        PixelDescription d = PixelDescription.from(ds);
        long bytes = (long) d.frames() * d.samplesPerFrame() * d.dtype().bytes();
        if (bytes > options.maxPixelBytes() || bytes > Integer.MAX_VALUE - 16) {
            throw new LimitExceededException(
                    String.format(
                            "image of %d frames x %dx%d x %d samples needs %d bytes, over the ceiling of"
                                    + " %d",
                            d.frames(),
                            d.rows(),
                            d.columns(),
                            d.samplesPerPixel(),
                            bytes,
                            options.maxPixelBytes()),
                    null,
                    e.offset(),
                    Tag.PIXEL_DATA);
        }
        StoredPixels out = new StoredPixels(d.dtype(), d.shape(), d.bitsStored());
        PhotometricInterpretation pi = d.photometric();
        Fragments fragments = e.fragments();
        if (fragments == null) {
            if (ts.encapsulated()) {
                throw new PixelDataException(
                        "pixel data of " + ts + " must be encapsulated, " + "found a native value",
                        null,
                        e.offset(),
                        Tag.PIXEL_DATA);
            }
            NativePixels.decode(e, d, out);
            if (pi == PhotometricInterpretation.YBR_FULL_422
                    || pi == PhotometricInterpretation.YBR_PARTIAL_422) {
                pi = PhotometricInterpretation.YBR_FULL;
            }
        } else {
            pi = decodeFrames(ds, ts, d, fragments, out);
        }
        return new DecodedImage(ds, ts, d, d.withPhotometric(pi), out);
    }

    private static PhotometricInterpretation decodeFrames(
            Dataset ds,
            TransferSyntax ts,
            PixelDescription d,
            Fragments fragments,
            StoredPixels out)
            throws DicomException {
        if (!ts.encapsulated()) {
            throw new PixelDataException(
                    "encapsulated pixel data in " + ts,
                    null,
                    DicomException.NO_OFFSET,
                    Tag.PIXEL_DATA);
        }
        FrameDecoder codec = Codecs.forSyntax(ts);
        FrameGeometry g =
                new FrameGeometry(
                        d.rows(),
                        d.columns(),
                        d.samplesPerPixel(),
                        d.bitsAllocated(),
                        d.bitsStored(),
                        d.signed());
        List<int[]> ranges = FrameSplitter.split(ds, fragments, d.frames(), ts);
        PhotometricInterpretation pi = d.photometric();
        for (int f = 0; f < ranges.size(); f++) {
            int[] r = ranges.get(f);
            byte[] data = fragments.join(r[0], r[1]);
            DecodedFrame frame;
            try {
                frame = codec.decode(data, g);
            } catch (DicomException ex) {
                throw new PixelDataException(
                        "frame "
                                + (f + 1)
                                + " of "
                                + d.frames()
                                + " ("
                                + ts.name()
                                + "): "
                                + ex.reason(),
                        null,
                        fragments.list().get(r[0]).offset(),
                        Tag.PIXEL_DATA,
                        ex);
            }
            if (frame.samples().length < g.samples()) {
                throw new PixelDataException(
                        "frame "
                                + (f + 1)
                                + " decodes to "
                                + frame.samples().length
                                + " samples, the image needs "
                                + g.samples(),
                        null,
                        fragments.list().get(r[0]).offset(),
                        Tag.PIXEL_DATA);
            }
            if (ts.compression() == TransferSyntax.Compression.JPEG_2000) {
                out.setFrameClamped(f, frame.samples());
            } else {
                out.setFrame(f, frame.samples());
            }
            if (frame.convertedToRgb()) {
                pi = PhotometricInterpretation.RGB;
            }
        }
        if (pi == PhotometricInterpretation.YBR_FULL_422
                || pi == PhotometricInterpretation.YBR_PARTIAL_422) {
            pi =
                    pi == PhotometricInterpretation.YBR_FULL_422
                            ? PhotometricInterpretation.YBR_FULL
                            : pi;
        }
        return pi;
    }
}
