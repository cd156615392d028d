package org.protopnet.fiji.service;

import java.nio.file.Path;
import org.protopnet.dicom.DicomException;
import org.protopnet.dicom.Tag;
import org.protopnet.dicom.parse.Dataset;
import org.protopnet.dicom.parse.DicomReader;
import org.protopnet.dicom.parse.ReadOptions;

/**
 * What a result row may say about where an image came from: the DICOM identifiers that link a
 * result back to the archive (modality, study, series and instance UIDs) and the patient
 * identifiers (name, ID, birth date), which outputs only carry when a user asks for them ({@code
 * --phi}). Empty strings for ordinary images.
 */
public record StudyInfo(
        String modality,
        String studyUid,
        String seriesUid,
        String sopInstanceUid,
        String patientName,
        String patientId,
        String birthDate) {
    /** Nothing known (an ordinary image or a tensor). */
    public static final StudyInfo NONE = new StudyInfo("", "", "", "", "", "", "");

    /** Reads the identifiers from a DICOM file's header (pixel data is not read). */
    public static StudyInfo of(Path dicom) throws DicomException {
        return of(DicomReader.readHeader(dicom, ReadOptions.DEFAULT).dataset());
    }

    /** The identifiers in {@code ds}. */
    public static StudyInfo of(Dataset ds) {
        return new StudyInfo(
                text(ds, Tag.MODALITY),
                text(ds, Tag.STUDY_INSTANCE_UID),
                text(ds, Tag.SERIES_INSTANCE_UID),
                text(ds, Tag.SOP_INSTANCE_UID),
                text(ds, Tag.PATIENT_NAME),
                text(ds, Tag.PATIENT_ID),
                text(ds, Tag.PATIENT_BIRTH_DATE));
    }

    /** For a study whose file may or may not be DICOM. */
    public static StudyInfo of(Path file, InputFile.Kind kind) throws DicomException {
        return kind == InputFile.Kind.DICOM ? of(file) : NONE;
    }

    private static String text(Dataset ds, int tag) {
        String s = ds.getText(tag);
        return s == null ? "" : s.strip();
    }
}
