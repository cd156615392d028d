package org.protopnet.dicom.study;

import java.util.List;

/**
 * A series: one modality, its instances ordered by instance number.
 *
 * @param uid Series Instance UID
 * @param modality Modality (CR, DX, US...)
 * @param number Series Number, or 0
 * @param description Series Description, or empty
 * @param instances the instances
 */
public record Series(
        String uid, String modality, int number, String description, List<Instance> instances) {}
