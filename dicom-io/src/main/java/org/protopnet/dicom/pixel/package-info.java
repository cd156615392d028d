/**
 * Pixel data to numbers: the Image Pixel module ({@link
 * org.protopnet.dicom.pixel.PixelDescription}), native and encapsulated frames, stored values
 * ({@link org.protopnet.dicom.pixel.StoredPixels}), and the LUTs that give them meaning (modality,
 * VOI, palette).
 *
 * <pre>{@code
 * DecodedImage image = PixelDecoder.decode(dataset, transferSyntax, ReadOptions.DEFAULT);
 * float[] values = image.modality();
 * }</pre>
 */
package org.protopnet.dicom.pixel;
