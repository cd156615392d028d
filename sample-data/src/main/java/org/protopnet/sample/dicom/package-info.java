/**
 * The DICOM side of a synthetic study: seeded UIDs and the obviously fictitious patient, study and
 * equipment attributes every generated file carries, so files are reproducible and never look like
 * real patients.
 */
package org.protopnet.sample.dicom;
