package org.protopnet.dicom.study;

import java.util.List;

/**
 * The result of a scan: the patient tree and one report line per file that was skipped.
 *
 * @param patients patients, ordered by id
 * @param skipped "path: reason" for every file not used (not DICOM, unreadable, filtered out)
 */
public record StudyIndex(List<Patient> patients, List<String> skipped) {
    /** All instances in tree order. */
    public List<Instance> instances() {
        return patients.stream()
                .flatMap(p -> p.studies().stream())
                .flatMap(s -> s.series().stream())
                .flatMap(s -> s.instances().stream())
                .toList();
    }
}
