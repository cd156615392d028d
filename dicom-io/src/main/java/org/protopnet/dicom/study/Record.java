package org.protopnet.dicom.study;

import org.protopnet.dicom.Tag;
import org.protopnet.dicom.parse.Dataset;

/** One instance with the patient, study and series attributes it belongs under. */
record Record(
        String patientId,
        String patientName,
        String studyUid,
        String studyDate,
        String studyDescription,
        String seriesUid,
        String modality,
        int seriesNumber,
        String seriesDescription,
        Instance instance) {

    /** Reads the grouping attributes of an instance's data set. */
    static Record of(Dataset ds, Instance instance) {
        return new Record(
                text(ds, Tag.PATIENT_ID),
                text(ds, Tag.PATIENT_NAME),
                text(ds, Tag.STUDY_INSTANCE_UID),
                text(ds, Tag.STUDY_DATE),
                text(ds, Tag.STUDY_DESCRIPTION),
                text(ds, Tag.SERIES_INSTANCE_UID),
                text(ds, Tag.MODALITY),
                ds.getInt(Tag.SERIES_NUMBER, 0),
                text(ds, Tag.SERIES_DESCRIPTION),
                instance);
    }

    static String text(Dataset ds, int tag) {
        String s = ds.getString(tag);
        return s == null ? "" : s;
    }
}
