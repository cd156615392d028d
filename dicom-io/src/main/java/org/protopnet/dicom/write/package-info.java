/**
 * Writing DICOM Part 10 files: the encoder for every native transfer syntax and builders for the
 * objects this product derives (Secondary Capture of an overlay, X-ray and ultrasound images).
 *
 * <pre>{@code
 * Dataset sc = SecondaryCaptureBuilder.from(source).rgb(rows, cols, pixels)
 *         .derivation("ProtoPNet overlay").build();
 * DicomWriter.write(Path.of("sc.dcm"), sc, TransferSyntax.EXPLICIT_VR_LE);
 * }</pre>
 */
package org.protopnet.dicom.write;
