package org.protopnet.fiji.service;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import org.protopnet.dicom.Tag;
import org.protopnet.dicom.TransferSyntax;
import org.protopnet.dicom.VR;
import org.protopnet.dicom.parse.Dataset;
import org.protopnet.dicom.parse.DicomReader;
import org.protopnet.dicom.parse.ReadOptions;
import org.protopnet.dicom.write.DicomWriter;
import org.protopnet.dicom.write.SecondaryCaptureBuilder;
import org.protopnet.model.io.AtomicFiles;

/**
 * Writes a rendering (an evidence overlay) as a DICOM Secondary Capture derived from its source
 * file: same study, a new series, Source and Referenced Image Sequences pointing at the source
 * instance, so that an archive files it beside the original. Without {@code phi} the patient's
 * name, ID and birth date, the accession number and the referring physician are left empty (the
 * study, series and instance UIDs still link it); with it they are copied so that the capture can
 * be sent back to the archive as it is.
 */
public final class DerivedCaptures {
    /** The Derivation Description written into every capture. */
    public static final String DERIVATION =
            "ProtoPNet evidence overlay (not for primary diagnosis)";

    private DerivedCaptures() {}

    /** Writes {@code image} as a capture derived from the DICOM file {@code source}, atomically. */
    public static void write(Path source, BufferedImage image, Path target, boolean phi)
            throws IOException {
        Dataset src = DicomReader.readHeader(source, ReadOptions.DEFAULT).dataset();
        write(src, image, target, phi);
    }

    /** Writes {@code image} as a capture derived from the data set {@code source}, atomically. */
    public static void write(Dataset source, BufferedImage image, Path target, boolean phi)
            throws IOException {
        int w = image.getWidth();
        int h = image.getHeight();
        byte[] rgb = new byte[w * h * 3];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int p = image.getRGB(x, y);
                int o = (y * w + x) * 3;
                rgb[o] = (byte) (p >> 16);
                rgb[o + 1] = (byte) (p >> 8);
                rgb[o + 2] = (byte) p;
            }
        }
        Dataset sc =
                SecondaryCaptureBuilder.from(source)
                        .derivation(DERIVATION)
                        .seriesDescription("ProtoPNet evidence")
                        .build(h, w, rgb);
        if (!phi) {
            sc.putString(Tag.PATIENT_NAME, VR.PN, "");
            sc.putString(Tag.PATIENT_ID, VR.LO, "");
            sc.putString(Tag.PATIENT_BIRTH_DATE, VR.DA, "");
            // an accession number often repeats or leads back to the patient's ID
            sc.putString(Tag.ACCESSION_NUMBER, VR.SH, "");
            sc.putString(Tag.REFERRING_PHYSICIAN_NAME, VR.PN, "");
            sc.putString(0x00120062, VR.CS, "YES"); // Patient Identity Removed
            sc.putString(0x00120063, VR.LO, "ProtoPNet: patient name, ID, birth date removed");
        }
        AtomicFiles.write(target, out -> DicomWriter.write(out, sc, TransferSyntax.EXPLICIT_VR_LE));
    }
}
