/**
 * Groups DICOM files found in a folder tree or a DICOMDIR into patients, studies, series and
 * instances, filtered by modality; files that are not DICOM are reported, never thrown.
 *
 * <pre>{@code
 * StudyIndex index = StudyScanner.scan(Path.of("archive"), ModalityFilter.XRAY);
 * for (Patient p : index.patients()) { ... }
 * index.skipped().forEach(System.out::println);
 * }</pre>
 */
package org.protopnet.dicom.study;
