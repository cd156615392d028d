/**
 * Turns decoded images into model inputs: a {@link org.protopnet.dicom.tensor.TensorSpec} (size,
 * resize, interpolation, windowing, inversion, channels, normalisation) that serialises to JSON,
 * and the {@link org.protopnet.dicom.tensor.Tensorizer} that applies it to give an ImgLib2 {@code
 * Img<FloatType>} with axes (x, y, channel).
 *
 * <pre>{@code
 * TensorSpec spec = TensorSpec.builder().size(224, 224).channels(3).build();
 * Img<FloatType> t = Tensorizer.apply(image, 0, spec);
 * }</pre>
 */
package org.protopnet.dicom.tensor;
