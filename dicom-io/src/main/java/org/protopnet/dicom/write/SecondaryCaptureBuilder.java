package org.protopnet.dicom.write;

import java.util.List;
import org.protopnet.dicom.Tag;
import org.protopnet.dicom.VR;
import org.protopnet.dicom.parse.Dataset;

/**
 * Builds a derived RGB Secondary Capture (e.g. an overlay rendering) that references its source:
 * same patient and study, new series and instance, Source and Referenced Image Sequences and a
 * Derivation Description.
 *
 * <pre>{@code
 * Dataset sc = SecondaryCaptureBuilder.from(source.dataset())
 *         .derivation("ProtoPNet evidence overlay").build(rows, cols, rgb);
 * }</pre>
 */
public final class SecondaryCaptureBuilder {
    private final Dataset source;
    private String derivation = "Derived image";
    private String seriesDescription = "ProtoPNet";

    private SecondaryCaptureBuilder(Dataset source) {
        this.source = source;
    }

    /** Starts a capture derived from {@code source}. */
    public static SecondaryCaptureBuilder from(Dataset source) {
        return new SecondaryCaptureBuilder(source);
    }

    /** Sets the Derivation Description (0008,2111). */
    public SecondaryCaptureBuilder derivation(String text) {
        this.derivation = text;
        return this;
    }

    /** Sets the Series Description (0008,103E). */
    public SecondaryCaptureBuilder seriesDescription(String text) {
        this.seriesDescription = text;
        return this;
    }

    /** Builds the data set from 8-bit RGB pixels, interleaved, {@code rows × columns × 3}. */
    public Dataset build(int rows, int columns, byte[] rgb) {
        ImageBuilder b =
                ImageBuilder.create(ImageBuilder.SECONDARY_CAPTURE, "OT")
                        .sameStudyAs(source)
                        .set(Tag.CONVERSION_TYPE, VR.CS, "WSD")
                        .set(Tag.IMAGE_TYPE, VR.CS, "DERIVED", "SECONDARY")
                        .set(Tag.DERIVATION_DESCRIPTION, VR.ST, derivation)
                        .set(Tag.SERIES_DESCRIPTION, VR.LO, seriesDescription)
                        .series(Uids.create(), 999)
                        .rgb(rows, columns, 1, rgb);
        Dataset ds = b.build();
        String cls = source.getString(Tag.SOP_CLASS_UID);
        String inst = source.getString(Tag.SOP_INSTANCE_UID);
        if (cls != null && inst != null) {
            ds.putSequence(Tag.REFERENCED_IMAGE_SEQUENCE, List.of(reference(cls, inst)));
            ds.putSequence(Tag.SOURCE_IMAGE_SEQUENCE, List.of(reference(cls, inst)));
        }
        return ds;
    }

    private static Dataset reference(String cls, String inst) {
        Dataset item = new Dataset();
        item.putString(Tag.REFERENCED_SOP_CLASS_UID, VR.UI, cls);
        item.putString(Tag.REFERENCED_SOP_INSTANCE_UID, VR.UI, inst);
        return item;
    }
}
