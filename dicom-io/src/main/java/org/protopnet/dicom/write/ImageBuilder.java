package org.protopnet.dicom.write;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import org.protopnet.dicom.Tag;
import org.protopnet.dicom.VR;
import org.protopnet.dicom.parse.Dataset;

/**
 * Builds an image data set with the modules every image IOD needs (patient, study, series,
 * equipment, image, pixel, SOP common): X-ray (CR, DX), ultrasound and Secondary Capture.
 *
 * <pre>{@code
 * Dataset cr = ImageBuilder.create(ImageBuilder.CR, "CR")
 *         .patient("Doe^Jane", "P1").monochrome(512, 512, 1, 12, true, pixels).build();
 * }</pre>
 */
public final class ImageBuilder {
    /** Computed Radiography Image Storage. */
    public static final String CR = "1.2.840.10008.5.1.4.1.1.1";

    /** Digital X-Ray Image Storage - For Presentation. */
    public static final String DX = "1.2.840.10008.5.1.4.1.1.1.1";

    /** Ultrasound Image Storage. */
    public static final String US = "1.2.840.10008.5.1.4.1.1.6.1";

    /** Ultrasound Multi-frame Image Storage. */
    public static final String US_MULTIFRAME = "1.2.840.10008.5.1.4.1.1.3.1";

    /** Secondary Capture Image Storage. */
    public static final String SECONDARY_CAPTURE = "1.2.840.10008.5.1.4.1.1.7";

    private final Dataset ds = new Dataset(StandardCharsets.UTF_8);

    private ImageBuilder(String sopClass, String modality) {
        String now = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMddHHmmss"));
        ds.putString(Tag.SPECIFIC_CHARACTER_SET, VR.CS, "ISO_IR 192");
        ds.putString(Tag.SOP_CLASS_UID, VR.UI, sopClass);
        ds.putString(Tag.SOP_INSTANCE_UID, VR.UI, Uids.create());
        ds.putString(Tag.INSTANCE_CREATION_DATE, VR.DA, now.substring(0, 8));
        ds.putString(Tag.INSTANCE_CREATION_TIME, VR.TM, now.substring(8));
        ds.putString(Tag.CONTENT_DATE, VR.DA, now.substring(0, 8));
        ds.putString(Tag.CONTENT_TIME, VR.TM, now.substring(8));
        ds.putString(Tag.STUDY_DATE, VR.DA, now.substring(0, 8));
        ds.putString(Tag.STUDY_TIME, VR.TM, now.substring(8));
        ds.putString(Tag.MODALITY, VR.CS, modality);
        ds.putString(Tag.MANUFACTURER, VR.LO, "ProtoPNet for Fiji");
        ds.putString(Tag.PATIENT_NAME, VR.PN, "");
        ds.putString(Tag.PATIENT_ID, VR.LO, "");
        ds.putString(Tag.PATIENT_BIRTH_DATE, VR.DA, "");
        ds.putString(Tag.PATIENT_SEX, VR.CS, "");
        ds.putString(Tag.REFERRING_PHYSICIAN_NAME, VR.PN, "");
        ds.putString(Tag.STUDY_ID, VR.SH, "1");
        ds.putString(Tag.ACCESSION_NUMBER, VR.SH, "");
        ds.putString(Tag.STUDY_INSTANCE_UID, VR.UI, Uids.create());
        ds.putString(Tag.SERIES_INSTANCE_UID, VR.UI, Uids.create());
        ds.putString(Tag.SERIES_NUMBER, VR.IS, "1");
        ds.putString(Tag.INSTANCE_NUMBER, VR.IS, "1");
        ds.putString(Tag.LATERALITY, VR.CS, "");
    }

    /** Starts an image of {@code sopClass} with fresh study, series and instance UIDs. */
    public static ImageBuilder create(String sopClass, String modality) {
        return new ImageBuilder(sopClass, modality);
    }

    /** Sets patient name and id. */
    public ImageBuilder patient(String name, String id) {
        ds.putString(Tag.PATIENT_NAME, VR.PN, name);
        ds.putString(Tag.PATIENT_ID, VR.LO, id);
        return this;
    }

    /** Copies the patient and study attributes of {@code source} (same study). */
    public ImageBuilder sameStudyAs(Dataset source) {
        int[] tags = {
            Tag.PATIENT_NAME, Tag.PATIENT_ID, Tag.PATIENT_BIRTH_DATE, Tag.PATIENT_SEX,
            Tag.STUDY_INSTANCE_UID, Tag.STUDY_DATE, Tag.STUDY_TIME, Tag.REFERRING_PHYSICIAN_NAME,
            Tag.STUDY_ID, Tag.ACCESSION_NUMBER, Tag.STUDY_DESCRIPTION
        };
        for (int t : tags) {
            String text = source.getText(t);
            if (text != null && source.get(t) != null) {
                ds.putString(t, source.get(t).vr() == VR.UN ? vrOf(t) : source.get(t).vr(), text);
            }
        }
        return this;
    }

    /** Sets any text attribute. */
    public ImageBuilder set(int tag, VR vr, String... values) {
        ds.putString(tag, vr, values);
        return this;
    }

    /** Sets the study UID. */
    public ImageBuilder study(String studyInstanceUid) {
        return set(Tag.STUDY_INSTANCE_UID, VR.UI, studyInstanceUid);
    }

    /** Sets the series UID and number. */
    public ImageBuilder series(String seriesInstanceUid, int number) {
        set(Tag.SERIES_INSTANCE_UID, VR.UI, seriesInstanceUid);
        return set(Tag.SERIES_NUMBER, VR.IS, Integer.toString(number));
    }

    /**
     * Sets 16-bit allocated grey pixels ({@code frames × rows × columns} values, little endian
     * order in memory), {@code bitsStored} significant bits, unsigned.
     */
    public ImageBuilder monochrome(
            int rows,
            int columns,
            int frames,
            int bitsStored,
            boolean monochrome1,
            short[] pixels) {
        pixelModule(
                rows,
                columns,
                frames,
                1,
                monochrome1 ? "MONOCHROME1" : "MONOCHROME2",
                16,
                bitsStored);
        ByteBuffer b = ByteBuffer.allocate(pixels.length * 2).order(ByteOrder.LITTLE_ENDIAN);
        b.asShortBuffer().put(pixels);
        ds.putBytes(Tag.PIXEL_DATA, VR.OW, b.array());
        return this;
    }

    /** Sets 8-bit RGB pixels, interleaved, {@code frames × rows × columns × 3} bytes. */
    public ImageBuilder rgb(int rows, int columns, int frames, byte[] pixels) {
        pixelModule(rows, columns, frames, 3, "RGB", 8, 8);
        ds.putInts(Tag.PLANAR_CONFIGURATION, VR.US, 0);
        ds.putBytes(Tag.PIXEL_DATA, VR.OB, pixels);
        return this;
    }

    /**
     * The data set built so far (live; further calls keep changing it), with the attributes its IOD
     * requires filled in where the caller set none: empty for Type 2, neutral defaults for Type 1
     * (DX Imager Pixel Spacing 0.1 mm and Patient Orientation A\\F are placeholders a caller with
     * real values should set).
     */
    public Dataset build() {
        String sop = ds.getString(Tag.SOP_CLASS_UID);
        if (!DX.equals(sop)) {
            fill(Tag.PATIENT_ORIENTATION, VR.CS);
        }
        if (CR.equals(sop)) {
            fill(Tag.BODY_PART_EXAMINED, VR.CS);
            fill(Tag.VIEW_POSITION, VR.CS);
        } else if (DX.equals(sop)) {
            boolean mono1 = "MONOCHROME1".equals(ds.getString(Tag.PHOTOMETRIC_INTERPRETATION));
            fill(Tag.IMAGE_TYPE, VR.CS, "ORIGINAL", "PRIMARY");
            fill(0x00080068, VR.CS, "FOR PRESENTATION");
            fill(0x00200062, VR.CS, "U");
            fill(Tag.PATIENT_ORIENTATION, VR.CS, "A", "F");
            fill(0x00281040, VR.CS, "LIN");
            fill(Tag.RESCALE_INTERCEPT, VR.DS, "0");
            fill(Tag.RESCALE_SLOPE, VR.DS, "1");
            fill(Tag.RESCALE_TYPE, VR.LO, "US");
            fill(Tag.PRESENTATION_LUT_SHAPE, VR.CS, mono1 ? "INVERSE" : "IDENTITY");
            fill(Tag.LOSSY_IMAGE_COMPRESSION, VR.CS, "00");
            fill(0x00280301, VR.CS, "NO");
            fill(0x00187004, VR.CS);
            fill(0x00181164, VR.DS, "0.1", "0.1");
            if ("".equals(ds.getString(Tag.LATERALITY, ""))) {
                ds.remove(Tag.LATERALITY);
            }
            int bits = ds.getInt(Tag.BITS_STORED, 16);
            fill(Tag.WINDOW_CENTER, VR.DS, Integer.toString(1 << (bits - 1)));
            fill(Tag.WINDOW_WIDTH, VR.DS, Integer.toString(1 << bits));
            if (!ds.contains(0x00281041)) {
                ds.putInts(0x00281041, VR.SS, mono1 ? -1 : 1);
            }
            for (int seq : new int[] {0x00082218, 0x00400555}) {
                if (!ds.contains(seq)) {
                    ds.putSequence(seq, java.util.List.of());
                }
            }
        } else if (US.equals(sop) || US_MULTIFRAME.equals(sop)) {
            fill(Tag.IMAGE_TYPE, VR.CS, "ORIGINAL", "PRIMARY");
        }
        return ds;
    }

    private void fill(int tag, VR vr, String... values) {
        if (!ds.contains(tag) || (values.length > 0 && ds.getString(tag) == null)) {
            ds.putString(tag, vr, values.length == 0 ? new String[] {""} : values);
        }
    }

    private void pixelModule(
            int rows, int columns, int frames, int spp, String pi, int alloc, int stored) {
        ds.putInts(Tag.SAMPLES_PER_PIXEL, VR.US, spp);
        ds.putString(Tag.PHOTOMETRIC_INTERPRETATION, VR.CS, pi);
        ds.putInts(Tag.ROWS, VR.US, rows);
        ds.putInts(Tag.COLUMNS, VR.US, columns);
        ds.putInts(Tag.BITS_ALLOCATED, VR.US, alloc);
        ds.putInts(Tag.BITS_STORED, VR.US, stored);
        ds.putInts(Tag.HIGH_BIT, VR.US, stored - 1);
        ds.putInts(Tag.PIXEL_REPRESENTATION, VR.US, 0);
        if (frames > 1) {
            ds.putString(Tag.NUMBER_OF_FRAMES, VR.IS, Integer.toString(frames));
            ds.putInts(Tag.FRAME_INCREMENT_POINTER, VR.AT, 0x00181063);
            ds.putString(0x00181063, VR.DS, "33.3");
        }
    }

    private static VR vrOf(int tag) {
        return org.protopnet.dicom.parse.Dictionary.vrOf(tag);
    }
}
