/**
 * DICOM reading, pixel decoding, tensors and derived-object writing for ProtoPNet for Fiji.
 *
 * <p>The root package holds the vocabulary every sub-package shares: {@link
 * org.protopnet.dicom.DicomFile} (the entry point), {@link org.protopnet.dicom.Tag}, {@link
 * org.protopnet.dicom.VR} and the {@link org.protopnet.dicom.DicomException} family. Parsing lives
 * in {@code parse}, pixel decoding in {@code pixel} and {@code codec}, tensors in {@code tensor},
 * study scanning in {@code study}, writing in {@code write} and the command-line surface in {@code
 * cli}.
 *
 * <pre>{@code
 * DicomFile file = DicomFile.read(Path.of("chest.dcm"));
 * DecodedImage image = file.decode();
 * float[] hu = image.modality();
 * }</pre>
 */
package org.protopnet.dicom;
