package org.protopnet.fiji.ij1;

import java.nio.file.Path;
import java.util.StringJoiner;
import org.protopnet.dicom.Tag;
import org.protopnet.dicom.parse.Dataset;
import org.protopnet.dicom.pixel.DecodedImage;

/**
 * The text ImageJ shows under Image &gt; Show Info for an opened study: key acquisition tags and
 * the pixel description; patient identifiers (name, ID, birth date, accession number, UIDs) only
 * when asked for, so that screenshots and saved TIFFs carry none by default.
 */
final class DicomInfo {
    private DicomInfo() {}

    static String describe(Path file, DecodedImage image, int slices, boolean phi) {
        Dataset ds = image.dataset();
        StringJoiner out = new StringJoiner("\n");
        out.add("Source: " + file);
        out.add("Transfer syntax: " + image.transferSyntax());
        tag(out, "Modality", ds.getString(Tag.MODALITY));
        tag(out, "Manufacturer", ds.getString(Tag.MANUFACTURER));
        tag(out, "Body part", ds.getString(Tag.BODY_PART_EXAMINED));
        tag(out, "View position", ds.getString(Tag.VIEW_POSITION));
        tag(out, "Study description", ds.getString(Tag.STUDY_DESCRIPTION));
        tag(out, "Series description", ds.getString(Tag.SERIES_DESCRIPTION));
        tag(out, "SOP class UID", ds.getString(Tag.SOP_CLASS_UID));
        int[] shape = image.shape();
        out.add(
                "Pixels: "
                        + slices
                        + " frame(s) of "
                        + shape[2]
                        + " x "
                        + shape[1]
                        + ", "
                        + image.description().photometric().term());
        tag(out, "Pixel spacing", String.join("\\", ds.getStrings(Tag.PIXEL_SPACING)));
        if (phi) {
            tag(out, "Patient name", ds.getString(Tag.PATIENT_NAME));
            tag(out, "Patient ID", ds.getString(Tag.PATIENT_ID));
            tag(out, "Birth date", ds.getString(Tag.PATIENT_BIRTH_DATE));
            tag(out, "Sex", ds.getString(Tag.PATIENT_SEX));
            tag(out, "Accession number", ds.getString(Tag.ACCESSION_NUMBER));
            tag(out, "Study date", ds.getString(Tag.STUDY_DATE));
            tag(out, "Study UID", ds.getString(Tag.STUDY_INSTANCE_UID));
            tag(out, "Series UID", ds.getString(Tag.SERIES_INSTANCE_UID));
            tag(out, "SOP instance UID", ds.getString(Tag.SOP_INSTANCE_UID));
        } else {
            out.add("Patient: identifiers hidden (open with phi to show them)");
        }
        return out.toString();
    }

    private static void tag(StringJoiner out, String label, String value) {
        if (value != null && !value.isEmpty()) {
            out.add(label + ": " + value);
        }
    }
}
