package org.protopnet.sample.dicom;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * UIDs under the UUID-derived root {@code 2.25} (PS3.5 B.2) computed from the seed and a name, so
 * the same seed gives the same study, series and instance UIDs while different seeds and cases
 * never collide in practice.
 *
 * <pre>{@code
 * String study = SeededUids.of(seed, "XR0001/study");
 * }</pre>
 */
public final class SeededUids {
    private SeededUids() {}

    /** The UID of {@code name} under {@code seed}: 2.25 followed by 128 bits of SHA-256. */
    public static String of(long seed, String name) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            byte[] d =
                    sha.digest(
                            ("protopnet-sample/" + seed + "/" + name)
                                    .getBytes(StandardCharsets.UTF_8));
            byte[] u = java.util.Arrays.copyOf(d, 16);
            u[6] = (byte) ((u[6] & 0x0F) | 0x80); // a name-based UUID ("version 8")
            u[8] = (byte) ((u[8] & 0x3F) | 0x80); // RFC 4122 variant
            return "2.25." + new BigInteger(1, u);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
