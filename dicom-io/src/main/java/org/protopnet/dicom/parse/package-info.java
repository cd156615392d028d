/**
 * Part 10 parsing: File Meta, every native transfer syntax, sequences and encapsulated pixel data,
 * with every length checked against the bytes that are really there.
 *
 * <pre>{@code
 * DicomFile file = DicomReader.read(path, ReadOptions.DEFAULT);
 * int rows = file.dataset().getInt(Tag.ROWS, 0);
 * }</pre>
 */
package org.protopnet.dicom.parse;
