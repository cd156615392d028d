package org.protopnet.dicom.codec;

import org.protopnet.dicom.DicomException;

/** Decodes one compressed frame into interleaved samples. */
public interface FrameDecoder {
    /**
     * Decodes {@code data}, one frame's compressed bytes, checking it against {@code geometry}.
     *
     * @throws DicomException when the stream is corrupt or does not match the geometry
     */
    DecodedFrame decode(byte[] data, FrameGeometry geometry) throws DicomException;
}
