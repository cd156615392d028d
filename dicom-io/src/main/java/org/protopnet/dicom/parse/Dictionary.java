package org.protopnet.dicom.parse;

import java.util.HashMap;
import java.util.Map;
import org.protopnet.dicom.Tag;
import org.protopnet.dicom.VR;

/** The VRs of the tags this module reads, for implicit VR data sets; anything else is UN. */
public final class Dictionary {
    private static final Map<Integer, VR> VRS = new HashMap<>();

    static {
        put(VR.UL, Tag.FILE_META_GROUP_LENGTH);
        put(VR.OB, Tag.FILE_META_INFORMATION_VERSION);
        put(
                VR.UI,
                Tag.MEDIA_STORAGE_SOP_CLASS_UID,
                Tag.MEDIA_STORAGE_SOP_INSTANCE_UID,
                Tag.TRANSFER_SYNTAX_UID,
                Tag.IMPLEMENTATION_CLASS_UID,
                Tag.SOP_CLASS_UID,
                Tag.SOP_INSTANCE_UID,
                Tag.REFERENCED_SOP_CLASS_UID,
                Tag.REFERENCED_SOP_INSTANCE_UID,
                Tag.STUDY_INSTANCE_UID,
                Tag.SERIES_INSTANCE_UID,
                Tag.REFERENCED_SOP_INSTANCE_UID_IN_FILE,
                0x00041510,
                0x00041512);
        put(VR.SH, Tag.IMPLEMENTATION_VERSION_NAME, Tag.ACCESSION_NUMBER, Tag.STUDY_ID);
        put(
                VR.SQ,
                Tag.DIRECTORY_RECORD_SEQUENCE,
                Tag.REFERENCED_IMAGE_SEQUENCE,
                Tag.SOURCE_IMAGE_SEQUENCE,
                Tag.MODALITY_LUT_SEQUENCE,
                Tag.VOI_LUT_SEQUENCE,
                0x00082218,
                0x00400275,
                0x00081032,
                0x00081111,
                0x00081115,
                0x00089215,
                0x00189506,
                0x52009229,
                0x52009230,
                0x00209111,
                0x00209113,
                0x00289110,
                0x00289132,
                0x00289145,
                0x00880200,
                0x00400260,
                0x00081199,
                0x00540016,
                0x00540220,
                0x00540410,
                0x00186011,
                0x00082112);
        put(
                VR.CS,
                Tag.DIRECTORY_RECORD_TYPE,
                Tag.SPECIFIC_CHARACTER_SET,
                Tag.IMAGE_TYPE,
                Tag.MODALITY,
                Tag.CONVERSION_TYPE,
                Tag.PATIENT_SEX,
                Tag.BODY_PART_EXAMINED,
                Tag.VIEW_POSITION,
                Tag.PATIENT_ORIENTATION,
                Tag.LATERALITY,
                Tag.PHOTOMETRIC_INTERPRETATION,
                Tag.LOSSY_IMAGE_COMPRESSION,
                Tag.PRESENTATION_LUT_SHAPE,
                Tag.VOI_LUT_FUNCTION,
                Tag.REFERENCED_FILE_ID);
        put(
                VR.DA,
                Tag.INSTANCE_CREATION_DATE,
                Tag.STUDY_DATE,
                Tag.SERIES_DATE,
                Tag.CONTENT_DATE,
                Tag.PATIENT_BIRTH_DATE);
        put(VR.TM, Tag.INSTANCE_CREATION_TIME, Tag.STUDY_TIME, Tag.CONTENT_TIME);
        put(
                VR.LO,
                Tag.MANUFACTURER,
                Tag.STUDY_DESCRIPTION,
                Tag.SERIES_DESCRIPTION,
                Tag.PATIENT_ID,
                Tag.RESCALE_TYPE,
                Tag.MODALITY_LUT_TYPE);
        put(VR.PN, Tag.REFERRING_PHYSICIAN_NAME, Tag.PATIENT_NAME);
        put(VR.ST, Tag.DERIVATION_DESCRIPTION);
        put(VR.IS, Tag.SERIES_NUMBER, Tag.INSTANCE_NUMBER, Tag.NUMBER_OF_FRAMES);
        put(
                VR.US,
                Tag.SAMPLES_PER_PIXEL,
                Tag.PLANAR_CONFIGURATION,
                Tag.ROWS,
                Tag.COLUMNS,
                Tag.BITS_ALLOCATED,
                Tag.BITS_STORED,
                Tag.HIGH_BIT,
                Tag.PIXEL_REPRESENTATION,
                Tag.RED_PALETTE_DESCRIPTOR,
                Tag.GREEN_PALETTE_DESCRIPTOR,
                Tag.BLUE_PALETTE_DESCRIPTOR,
                Tag.LUT_DESCRIPTOR);
        put(VR.AT, Tag.FRAME_INCREMENT_POINTER);
        put(
                VR.DS,
                Tag.PIXEL_SPACING,
                Tag.WINDOW_CENTER,
                Tag.WINDOW_WIDTH,
                Tag.RESCALE_INTERCEPT,
                Tag.RESCALE_SLOPE);
        put(
                VR.OW,
                Tag.RED_PALETTE_DATA,
                Tag.GREEN_PALETTE_DATA,
                Tag.BLUE_PALETTE_DATA,
                Tag.SEGMENTED_RED_PALETTE_DATA,
                0x00281222,
                0x00281223,
                Tag.LUT_DATA,
                Tag.PIXEL_DATA);
        put(VR.OV, Tag.EXTENDED_OFFSET_TABLE);
        put(VR.OF, Tag.FLOAT_PIXEL_DATA);
        put(VR.OD, Tag.DOUBLE_FLOAT_PIXEL_DATA);
    }

    private Dictionary() {}

    private static void put(VR vr, int... tags) {
        for (int t : tags) {
            VRS.put(t, vr);
        }
    }

    /** The VR of {@code tag}: from the table, UL for group lengths, LO for private creators. */
    public static VR vrOf(int tag) {
        VR vr = VRS.get(tag);
        if (vr != null) {
            return vr;
        }
        if (Tag.element(tag) == 0) {
            return VR.UL;
        }
        if (Tag.group(tag) % 2 == 1 && Tag.element(tag) >= 0x10 && Tag.element(tag) <= 0xFF) {
            return VR.LO;
        }
        if (tag == Tag.EXTENDED_OFFSET_TABLE_LENGTHS) {
            return VR.OV;
        }
        return VR.UN;
    }
}
