package org.protopnet.dicom.study;

import java.util.List;

/**
 * A patient and their studies.
 *
 * @param id Patient ID, or empty
 * @param name Patient's Name, or empty
 * @param studies the studies
 */
public record Patient(String id, String name, List<Study> studies) {}
