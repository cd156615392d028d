package org.protopnet.dicom.cli;

import java.util.StringJoiner;
import org.protopnet.dicom.DicomException;
import org.protopnet.dicom.DicomFile;
import org.protopnet.dicom.Tag;
import org.protopnet.dicom.parse.Dataset;
import org.protopnet.dicom.pixel.PixelDescription;

/** Formats the text of {@code dicom info}: patient identifiers only when asked for. */
final class FileInfo {
    private FileInfo() {}

    static String describe(DicomFile f, boolean phi) {
        Dataset ds = f.dataset();
        StringJoiner out = new StringJoiner(System.lineSeparator());
        out.add("File:               " + f.path());
        out.add("Part 10 preamble:   " + (f.hasPreamble() ? "yes" : "no (ACR-NEMA style)"));
        out.add("Transfer syntax:    " + f.transferSyntax());
        line(out, "SOP Class UID", ds.getString(Tag.SOP_CLASS_UID));
        line(out, "Modality", ds.getString(Tag.MODALITY));
        line(out, "Manufacturer", ds.getString(Tag.MANUFACTURER));
        line(out, "Body part", ds.getString(Tag.BODY_PART_EXAMINED));
        line(out, "View position", ds.getString(Tag.VIEW_POSITION));
        line(out, "Character set", String.join("\\", ds.getStrings(Tag.SPECIFIC_CHARACTER_SET)));
        if (phi) {
            line(out, "Patient name", ds.getString(Tag.PATIENT_NAME));
            line(out, "Patient ID", ds.getString(Tag.PATIENT_ID));
            line(out, "Birth date", ds.getString(Tag.PATIENT_BIRTH_DATE));
            line(out, "Sex", ds.getString(Tag.PATIENT_SEX));
            line(out, "Accession number", ds.getString(Tag.ACCESSION_NUMBER));
            line(out, "Study date", ds.getString(Tag.STUDY_DATE));
            line(out, "Study UID", ds.getString(Tag.STUDY_INSTANCE_UID));
            line(out, "Series UID", ds.getString(Tag.SERIES_INSTANCE_UID));
            line(out, "SOP Instance UID", ds.getString(Tag.SOP_INSTANCE_UID));
        } else {
            out.add("Patient:            (identifiers hidden; --phi shows them)");
        }
        if (!ds.contains(Tag.PIXEL_DATA)) {
            out.add("Pixel data:         none");
            return out.toString();
        }
        try {
            PixelDescription p = PixelDescription.from(ds);
            out.add(
                    String.format(
                            "Pixels:             %d frame(s) of %d x %d, %d sample(s), %s",
                            p.frames(),
                            p.columns(),
                            p.rows(),
                            p.samplesPerPixel(),
                            p.photometric().term()));
            out.add(
                    String.format(
                            "Bits:               allocated %d, stored %d, high bit %d, %s",
                            p.bitsAllocated(),
                            p.bitsStored(),
                            p.highBit(),
                            p.signed() ? "signed" : "unsigned"));
            if (p.samplesPerPixel() > 1) {
                out.add("Planar config:      " + (p.planar() ? "by plane" : "by pixel"));
            }
            out.add(
                    "Stored array:       "
                            + p.dtype().name().toLowerCase()
                            + " "
                            + java.util.Arrays.toString(p.shape()));
        } catch (DicomException e) {
            out.add("Pixels:             unusable: " + e.reason());
        }
        line(
                out,
                "Rescale",
                ds.contains(Tag.RESCALE_SLOPE)
                        ? "slope "
                                + ds.getString(Tag.RESCALE_SLOPE)
                                + ", intercept "
                                + ds.getString(Tag.RESCALE_INTERCEPT)
                        : null);
        line(out, "Modality LUT", ds.contains(Tag.MODALITY_LUT_SEQUENCE) ? "sequence" : null);
        line(
                out,
                "Window",
                ds.contains(Tag.WINDOW_CENTER)
                        ? "centre "
                                + String.join("\\", ds.getStrings(Tag.WINDOW_CENTER))
                                + ", width "
                                + String.join("\\", ds.getStrings(Tag.WINDOW_WIDTH))
                        : null);
        line(out, "VOI LUT", ds.contains(Tag.VOI_LUT_SEQUENCE) ? "sequence" : null);
        line(out, "Lossy compression", ds.getString(Tag.LOSSY_IMAGE_COMPRESSION));
        return out.toString();
    }

    private static void line(StringJoiner out, String label, String value) {
        if (value != null && !value.isEmpty()) {
            out.add(String.format("%-20s%s", label + ":", value));
        }
    }
}
