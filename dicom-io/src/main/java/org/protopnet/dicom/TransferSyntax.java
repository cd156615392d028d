package org.protopnet.dicom;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A DICOM transfer syntax: how the data set is encoded and how its pixel data are compressed.
 *
 * <pre>{@code
 * TransferSyntax ts = TransferSyntax.of("1.2.840.10008.1.2.4.70");
 * ts.compression(); // Compression.JPEG_LOSSLESS
 * }</pre>
 */
public record TransferSyntax(
        String uid,
        String name,
        boolean explicitVr,
        boolean bigEndian,
        boolean deflated,
        Compression compression) {

    /** How pixel data are compressed. */
    public enum Compression {
        /** Native (uncompressed) pixel data. */
        NONE,
        /** RLE Lossless (PS3.5 Annex G). */
        RLE,
        /** JPEG baseline, 8 bit DCT. */
        JPEG_BASELINE,
        /** JPEG extended, 12 bit DCT. */
        JPEG_EXTENDED,
        /** JPEG lossless (process 14). */
        JPEG_LOSSLESS,
        /** JPEG-LS (ITU-T T.87), lossless or near-lossless. */
        JPEG_LS,
        /** JPEG 2000 part 1. */
        JPEG_2000,
        /** An encapsulated syntax this module does not decode (video, HTJ2K, unknown). */
        OTHER
    }

    public static final TransferSyntax IMPLICIT_VR_LE =
            new TransferSyntax(
                    "1.2.840.10008.1.2",
                    "Implicit VR Little Endian",
                    false,
                    false,
                    false,
                    Compression.NONE);
    public static final TransferSyntax EXPLICIT_VR_LE =
            new TransferSyntax(
                    "1.2.840.10008.1.2.1",
                    "Explicit VR Little Endian",
                    true,
                    false,
                    false,
                    Compression.NONE);
    public static final TransferSyntax DEFLATED_EXPLICIT_VR_LE =
            new TransferSyntax(
                    "1.2.840.10008.1.2.1.99",
                    "Deflated Explicit VR Little Endian",
                    true,
                    false,
                    true,
                    Compression.NONE);
    public static final TransferSyntax EXPLICIT_VR_BE =
            new TransferSyntax(
                    "1.2.840.10008.1.2.2",
                    "Explicit VR Big Endian",
                    true,
                    true,
                    false,
                    Compression.NONE);
    public static final TransferSyntax RLE_LOSSLESS =
            encapsulated("1.2.840.10008.1.2.5", "RLE Lossless", Compression.RLE);
    public static final TransferSyntax JPEG_BASELINE =
            encapsulated(
                    "1.2.840.10008.1.2.4.50",
                    "JPEG Baseline (Process 1)",
                    Compression.JPEG_BASELINE);
    public static final TransferSyntax JPEG_EXTENDED =
            encapsulated(
                    "1.2.840.10008.1.2.4.51",
                    "JPEG Extended (Process 2 and 4)",
                    Compression.JPEG_EXTENDED);
    public static final TransferSyntax JPEG_LOSSLESS =
            encapsulated(
                    "1.2.840.10008.1.2.4.57",
                    "JPEG Lossless, Non-Hierarchical (Process 14)",
                    Compression.JPEG_LOSSLESS);
    public static final TransferSyntax JPEG_LOSSLESS_SV1 =
            encapsulated(
                    "1.2.840.10008.1.2.4.70",
                    "JPEG Lossless, Non-Hierarchical, First-Order Prediction (Process 14 [Selection Value 1])",
                    Compression.JPEG_LOSSLESS);
    public static final TransferSyntax JPEG_LS_LOSSLESS =
            encapsulated(
                    "1.2.840.10008.1.2.4.80",
                    "JPEG-LS Lossless Image Compression",
                    Compression.JPEG_LS);
    public static final TransferSyntax JPEG_LS_NEAR_LOSSLESS =
            encapsulated(
                    "1.2.840.10008.1.2.4.81",
                    "JPEG-LS Lossy (Near-Lossless) Image Compression",
                    Compression.JPEG_LS);
    public static final TransferSyntax JPEG_2000_LOSSLESS =
            encapsulated(
                    "1.2.840.10008.1.2.4.90",
                    "JPEG 2000 Image Compression (Lossless Only)",
                    Compression.JPEG_2000);
    public static final TransferSyntax JPEG_2000 =
            encapsulated(
                    "1.2.840.10008.1.2.4.91", "JPEG 2000 Image Compression", Compression.JPEG_2000);

    private static final Map<String, TransferSyntax> KNOWN =
            Stream.of(
                            IMPLICIT_VR_LE,
                            EXPLICIT_VR_LE,
                            DEFLATED_EXPLICIT_VR_LE,
                            EXPLICIT_VR_BE,
                            RLE_LOSSLESS,
                            JPEG_BASELINE,
                            JPEG_EXTENDED,
                            JPEG_LOSSLESS,
                            JPEG_LOSSLESS_SV1,
                            JPEG_LS_LOSSLESS,
                            JPEG_LS_NEAR_LOSSLESS,
                            JPEG_2000_LOSSLESS,
                            JPEG_2000)
                    .collect(
                            Collectors.toUnmodifiableMap(TransferSyntax::uid, Function.identity()));

    /**
     * The transfer syntax for a UID. An unknown UID is taken as an encapsulated explicit VR little
     * endian syntax (the rule for every syntax added after 1999) whose pixel data cannot be
     * decoded.
     */
    public static TransferSyntax of(String uid) {
        String clean = uid == null ? "" : uid.trim();
        TransferSyntax known = KNOWN.get(clean);
        return known != null
                ? known
                : new TransferSyntax(
                        clean,
                        "unknown transfer syntax " + clean,
                        true,
                        false,
                        false,
                        Compression.OTHER);
    }

    /** Whether pixel data are encapsulated in fragments. */
    public boolean encapsulated() {
        return compression != Compression.NONE;
    }

    /** Whether the pixel data are stored without loss. */
    public boolean lossless() {
        return switch (compression) {
            case NONE, RLE, JPEG_LOSSLESS -> true;
            default -> uid.equals(JPEG_LS_LOSSLESS.uid) || uid.equals(JPEG_2000_LOSSLESS.uid);
        };
    }

    private static TransferSyntax encapsulated(String uid, String name, Compression c) {
        return new TransferSyntax(uid, name, true, false, false, c);
    }

    @Override
    public String toString() {
        return name + " [" + uid + "]";
    }
}
