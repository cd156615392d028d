package org.protopnet.dicom;

/** DICOM value representations with the encoding facts the parser and writer need. */
public enum VR {
    AE(false, true, ' '),
    AS(false, true, ' '),
    AT(false, false, 0),
    CS(false, true, ' '),
    DA(false, true, ' '),
    DS(false, true, ' '),
    DT(false, true, ' '),
    FD(false, false, 0),
    FL(false, false, 0),
    IS(false, true, ' '),
    LO(false, true, ' '),
    LT(false, true, ' '),
    OB(true, false, 0),
    OD(true, false, 0),
    OF(true, false, 0),
    OL(true, false, 0),
    OV(true, false, 0),
    OW(true, false, 0),
    PN(false, true, ' '),
    SH(false, true, ' '),
    SL(false, false, 0),
    SQ(true, false, 0),
    SS(false, false, 0),
    ST(false, true, ' '),
    SV(true, false, 0),
    TM(false, true, ' '),
    UC(true, true, ' '),
    UI(false, true, 0),
    UL(false, false, 0),
    UN(true, false, 0),
    UR(true, true, ' '),
    US(false, false, 0),
    UT(true, true, ' '),
    UV(true, false, 0);

    private final boolean longLength;
    private final boolean text;
    private final int padding;

    VR(boolean longLength, boolean text, int padding) {
        this.longLength = longLength;
        this.text = text;
        this.padding = padding;
    }

    /** Whether explicit VR encoding uses two reserved bytes and a 32-bit length. */
    public boolean longLength() {
        return longLength;
    }

    /** Whether the value is character data. */
    public boolean isText() {
        return text;
    }

    /** Whether the value is character data decoded with the Specific Character Set. */
    public boolean usesCharacterSet() {
        return this == LO
                || this == LT
                || this == PN
                || this == SH
                || this == ST
                || this == UC
                || this == UT;
    }

    /** The byte that pads a value to even length. */
    public int padding() {
        return padding;
    }

    /** The VR for two ASCII bytes, or {@code null} when they name none. */
    public static VR of(int c1, int c2) {
        if (c1 < 'A' || c1 > 'Z' || c2 < 'A' || c2 > 'Z') {
            return null;
        }
        try {
            return valueOf(new String(new char[] {(char) c1, (char) c2}));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
