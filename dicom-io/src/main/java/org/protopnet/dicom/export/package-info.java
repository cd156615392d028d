/**
 * Exports decoded pixels to files other tools read: NumPy {@code .npy} arrays, PNG and TIFF.
 *
 * <pre>{@code
 * NpyWriter.write(out, image.stored());
 * }</pre>
 */
package org.protopnet.dicom.export;
