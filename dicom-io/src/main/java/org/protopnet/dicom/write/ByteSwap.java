package org.protopnet.dicom.write;

import org.protopnet.dicom.VR;

/** Swaps the byte order of a binary value in place according to its VR's word size. */
final class ByteSwap {
    private ByteSwap() {}

    static void swap(byte[] v, VR vr) {
        int width =
                switch (vr) {
                    case US, SS, OW, AT -> 2;
                    case UL, SL, FL, OF, OL -> 4;
                    case FD, OD, SV, UV, OV -> 8;
                    default -> 1;
                };
        for (int i = 0; i + width <= v.length; i += width) {
            for (int a = i, b = i + width - 1; a < b; a++, b--) {
                byte t = v[a];
                v[a] = v[b];
                v[b] = t;
            }
        }
    }
}
