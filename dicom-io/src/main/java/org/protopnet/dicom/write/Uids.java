package org.protopnet.dicom.write;

import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.util.UUID;

/** Creates globally unique DICOM UIDs under the UUID-derived root {@code 2.25} (PS3.5 B.2). */
public final class Uids {
    /** Implementation Class UID of this writer. */
    public static final String IMPLEMENTATION_CLASS_UID = "2.25.156742831930415526571097294818";

    /** Implementation Version Name of this writer. */
    public static final String IMPLEMENTATION_VERSION = "PROTOPNET_010";

    private Uids() {}

    /** A fresh random UID. */
    public static String create() {
        UUID u = UUID.randomUUID();
        ByteBuffer b = ByteBuffer.allocate(16);
        b.putLong(u.getMostSignificantBits()).putLong(u.getLeastSignificantBits());
        return "2.25." + new BigInteger(1, b.array());
    }
}
