/**
 * Decoders for compressed frames: RLE, JPEG (baseline, extended 12-bit, lossless), JPEG-LS and JPEG
 * 2000. Each turns one frame's bytes into interleaved integer samples and knows nothing of DICOM
 * data sets.
 *
 * <pre>{@code
 * DecodedFrame f = Codecs.forCompression(Compression.RLE).decode(bytes, geometry);
 * }</pre>
 */
package org.protopnet.dicom.codec;
