/**
 * DICOM Part 10 reading and writing: parsing, pixel decoding for the transfer syntaxes clinics
 * send, study grouping and tensors. Nothing here knows of deep learning or ImageJ.
 */
package org.protopnet.dicom;
