package org.protopnet.dicom.write;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.protopnet.dicom.DicomException;
import org.protopnet.dicom.Tag;
import org.protopnet.dicom.TransferSyntax;
import org.protopnet.dicom.UnsupportedDicomException;
import org.protopnet.dicom.VR;
import org.protopnet.dicom.codec.JpegLosslessEncoder;
import org.protopnet.dicom.parse.Dataset;
import org.protopnet.dicom.parse.Element;
import org.protopnet.dicom.parse.Fragments;
import org.protopnet.dicom.parse.ReadOptions;
import org.protopnet.dicom.pixel.PixelDecoder;
import org.protopnet.dicom.pixel.StoredPixels;

/** Compresses a data set's native pixel data for writing (JPEG lossless, selection value 1). */
final class PixelEncoder {
    private PixelEncoder() {}

    /** A copy of {@code ds} whose pixel data are encapsulated in {@code ts}. */
    static Dataset encode(Dataset ds, TransferSyntax ts) throws DicomException {
        if (ts.compression() != TransferSyntax.Compression.JPEG_LOSSLESS) {
            throw new UnsupportedDicomException(
                    "writing "
                            + ts
                            + " is not supported; write "
                            + "Explicit VR Little Endian or JPEG Lossless (1.2.840.10008.1.2.4.70)");
        }
        Element native_ = ds.get(Tag.PIXEL_DATA);
        if (native_ == null || native_.fragments() != null) {
            throw new DicomException("JPEG lossless writing needs native pixel data");
        }
        StoredPixels px =
                PixelDecoder.decode(ds, TransferSyntax.EXPLICIT_VR_LE, ReadOptions.DEFAULT)
                        .stored();
        int[] shape = px.shape();
        int spp = shape.length > 3 ? shape[3] : 1;
        int precision = Math.max(2, ds.getInt(Tag.BITS_STORED, 16));
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        List<Fragments.Fragment> list = new ArrayList<>();
        long[] offsets = new long[shape[0]];
        long itemOffset = 0;
        int[] frame = new int[px.frameSize()];
        for (int f = 0; f < shape[0]; f++) {
            for (int i = 0; i < frame.length; i++) {
                frame[i] = (int) px.get(f * frame.length + i);
            }
            byte[] jpeg;
            try {
                jpeg = JpegLosslessEncoder.encode(frame, shape[1], shape[2], spp, precision);
            } catch (IllegalArgumentException e) {
                throw new UnsupportedDicomException(e.getMessage());
            }
            int start = all.size();
            all.writeBytes(jpeg);
            if (jpeg.length % 2 == 1) {
                all.write(0);
            }
            int padded = all.size() - start;
            list.add(new Fragments.Fragment(-1, start, padded));
            offsets[f] = itemOffset;
            itemOffset += 8 + padded;
        }
        Dataset out = new Dataset(ds.charset());
        for (Element e : ds.elements()) {
            out.put(e);
        }
        out.put(
                Element.encapsulated(
                        Tag.PIXEL_DATA,
                        VR.OB,
                        -1,
                        new Fragments(all.toByteArray(), offsets, list)));
        if (spp == 3) {
            out.putInts(Tag.PLANAR_CONFIGURATION, VR.US, 0);
        }
        return out;
    }
}
