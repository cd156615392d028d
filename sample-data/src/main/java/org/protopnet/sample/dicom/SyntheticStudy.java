package org.protopnet.sample.dicom;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.protopnet.dicom.Tag;
import org.protopnet.dicom.TransferSyntax;
import org.protopnet.dicom.VR;
import org.protopnet.dicom.parse.Dataset;
import org.protopnet.dicom.write.DicomWriter;
import org.protopnet.dicom.write.ImageBuilder;

/**
 * Stamps a generated image with its own study and obviously fictitious identity (patient {@code
 * SAMPLE^XRAY0001}, id {@code SAMPLE-XR0001}, born 19000101, studied 20000101), seeded UIDs and
 * fixed dates in place of the builder's clock, then writes it.
 *
 * <pre>{@code
 * Dataset ds = SyntheticStudy.stamp(builder, seed, "XR", "XRAY", 1).build();
 * SyntheticStudy.write(ds, file, TransferSyntax.EXPLICIT_VR_LE);
 * }</pre>
 */
public final class SyntheticStudy {
    /** The date every sample study carries (obviously not a real acquisition date). */
    public static final String STUDY_DATE = "20000101";

    /** The birth date every sample patient carries. */
    public static final String BIRTH_DATE = "19000101";

    private SyntheticStudy() {}

    /**
     * Sets identity, study, series and instance attributes of case {@code number} ({@code prefix}
     * {@code XR}/{@code US}, {@code kind} {@code XRAY}/{@code US}) under {@code seed}.
     */
    public static ImageBuilder stamp(
            ImageBuilder b, long seed, String prefix, String kind, int number) {
        String id = prefix + String.format(Locale.ROOT, "%04d", number);
        String time =
                String.format(
                        Locale.ROOT,
                        "%02d%02d%02d",
                        8 + number / 3600 % 10,
                        number / 60 % 60,
                        number % 60);
        b.patient("SAMPLE^" + kind + String.format(Locale.ROOT, "%04d", number), "SAMPLE-" + id)
                .set(Tag.PATIENT_BIRTH_DATE, VR.DA, BIRTH_DATE)
                .set(Tag.PATIENT_SEX, VR.CS, "O")
                .set(Tag.REFERRING_PHYSICIAN_NAME, VR.PN, "SAMPLE^REFERRER")
                .set(Tag.STUDY_ID, VR.SH, id)
                .set(Tag.ACCESSION_NUMBER, VR.SH, "SAMPLE-" + id)
                .set(Tag.STUDY_DESCRIPTION, VR.LO, "SYNTHETIC SAMPLE - NOT PATIENT DATA")
                .set(Tag.SERIES_DESCRIPTION, VR.LO, "SYNTHETIC " + kind)
                .set(0x00080080, VR.LO, "SYNTHETIC SAMPLE DATA")
                .set(0x00181030, VR.LO, "SYNTHETIC")
                .set(Tag.STUDY_DATE, VR.DA, STUDY_DATE)
                .set(Tag.STUDY_TIME, VR.TM, time)
                .set(Tag.SERIES_DATE, VR.DA, STUDY_DATE)
                .set(0x00080031, VR.TM, time)
                .set(Tag.CONTENT_DATE, VR.DA, STUDY_DATE)
                .set(Tag.CONTENT_TIME, VR.TM, time)
                .set(Tag.INSTANCE_CREATION_DATE, VR.DA, STUDY_DATE)
                .set(Tag.INSTANCE_CREATION_TIME, VR.TM, time)
                .set(Tag.SOP_INSTANCE_UID, VR.UI, SeededUids.of(seed, id + "/instance"))
                .study(SeededUids.of(seed, id + "/study"))
                .series(SeededUids.of(seed, id + "/series"), 1);
        return b;
    }

    /** Writes {@code ds} to {@code file} (folders created) in {@code ts}. */
    public static void write(Dataset ds, Path file, TransferSyntax ts) throws IOException {
        Files.createDirectories(file.getParent());
        DicomWriter.write(file, ds, ts);
    }
}
