package org.protopnet.dicom.study;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.protopnet.dicom.DicomException;
import org.protopnet.dicom.DicomFile;
import org.protopnet.dicom.Tag;
import org.protopnet.dicom.parse.Dataset;

/**
 * Reads a DICOMDIR's Directory Record Sequence into records. Records are taken in sequence order,
 * each PATIENT, STUDY and SERIES record opening a new level, which is how media writers lay them
 * out (depth first).
 */
public final class DicomdirReader {
    private DicomdirReader() {}

    /** The instances a DICOMDIR lists, with their patient, study and series attributes. */
    static List<Record> read(Path dicomdir) throws DicomException {
        Dataset root = DicomFile.read(dicomdir).dataset();
        List<Record> out = new ArrayList<>();
        Dataset patient = new Dataset();
        Dataset study = new Dataset();
        Dataset series = new Dataset();
        Path base = dicomdir.toAbsolutePath().getParent();
        for (Dataset r : root.getSequence(Tag.DIRECTORY_RECORD_SEQUENCE)) {
            String type = r.getString(Tag.DIRECTORY_RECORD_TYPE, "");
            switch (type) {
                case "PATIENT" -> {
                    patient = r;
                    study = new Dataset();
                    series = new Dataset();
                }
                case "STUDY" -> {
                    study = r;
                    series = new Dataset();
                }
                case "SERIES" -> series = r;
                default -> {
                    String[] id = r.getStrings(Tag.REFERENCED_FILE_ID);
                    if (id.length == 0) {
                        continue;
                    }
                    Path file = base;
                    for (String part : id) {
                        file = file.resolve(part);
                    }
                    Instance inst =
                            new Instance(
                                    file.normalize(),
                                    Record.text(r, Tag.REFERENCED_SOP_INSTANCE_UID_IN_FILE),
                                    Record.text(r, 0x00041510),
                                    r.getInt(Tag.INSTANCE_NUMBER, 0));
                    out.add(
                            new Record(
                                    Record.text(patient, Tag.PATIENT_ID),
                                    Record.text(patient, Tag.PATIENT_NAME),
                                    Record.text(study, Tag.STUDY_INSTANCE_UID),
                                    Record.text(study, Tag.STUDY_DATE),
                                    Record.text(study, Tag.STUDY_DESCRIPTION),
                                    Record.text(series, Tag.SERIES_INSTANCE_UID),
                                    Record.text(series, Tag.MODALITY),
                                    series.getInt(Tag.SERIES_NUMBER, 0),
                                    Record.text(series, Tag.SERIES_DESCRIPTION),
                                    inst));
                }
            }
        }
        return out;
    }
}
