package org.protopnet.dicom.parse;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Maps Specific Character Set (0008,0005) defined terms to Java charsets for decoding text values.
 */
public final class SpecificCharacterSet {
    private static final Map<String, String> TERMS =
            Map.ofEntries(
                    Map.entry("ISO_IR 6", "US-ASCII"),
                    Map.entry("ISO_IR 100", "ISO-8859-1"),
                    Map.entry("ISO_IR 101", "ISO-8859-2"),
                    Map.entry("ISO_IR 109", "ISO-8859-3"),
                    Map.entry("ISO_IR 110", "ISO-8859-4"),
                    Map.entry("ISO_IR 144", "ISO-8859-5"),
                    Map.entry("ISO_IR 127", "ISO-8859-6"),
                    Map.entry("ISO_IR 126", "ISO-8859-7"),
                    Map.entry("ISO_IR 138", "ISO-8859-8"),
                    Map.entry("ISO_IR 148", "ISO-8859-9"),
                    Map.entry("ISO_IR 203", "ISO-8859-15"),
                    Map.entry("ISO_IR 13", "Shift_JIS"),
                    Map.entry("ISO_IR 166", "TIS-620"),
                    Map.entry("ISO_IR 192", "UTF-8"),
                    Map.entry("GB18030", "GB18030"),
                    Map.entry("GBK", "GBK"),
                    Map.entry("ISO 2022 IR 6", "US-ASCII"),
                    Map.entry("ISO 2022 IR 100", "ISO-8859-1"),
                    Map.entry("ISO 2022 IR 101", "ISO-8859-2"),
                    Map.entry("ISO 2022 IR 144", "ISO-8859-5"),
                    Map.entry("ISO 2022 IR 126", "ISO-8859-7"),
                    Map.entry("ISO 2022 IR 138", "ISO-8859-8"),
                    Map.entry("ISO 2022 IR 148", "ISO-8859-9"),
                    Map.entry("ISO 2022 IR 87", "ISO-2022-JP"),
                    Map.entry("ISO 2022 IR 159", "ISO-2022-JP"),
                    Map.entry("ISO 2022 IR 13", "ISO-2022-JP"),
                    Map.entry("ISO 2022 IR 149", "ISO-2022-KR"),
                    Map.entry("ISO 2022 IR 58", "ISO-2022-CN"));

    /** The default repertoire; decoded as Latin-1 so that stray high bytes survive. */
    public static final Charset DEFAULT = StandardCharsets.ISO_8859_1;

    private SpecificCharacterSet() {}

    /**
     * The charset for the terms of (0008,0005). With code extensions the term that needs the widest
     * decoder wins; unknown terms fall back to {@link #DEFAULT}.
     */
    public static Charset of(String[] terms) {
        if (terms == null || terms.length == 0) {
            return DEFAULT;
        }
        Charset chosen = null;
        for (String raw : terms) {
            String term = raw == null ? "" : raw.trim();
            String name = TERMS.get(term);
            if (name == null || !Charset.isSupported(name)) {
                continue;
            }
            Charset cs = Charset.forName(name);
            boolean wider = chosen == null || name.startsWith("ISO-2022") || name.equals("UTF-8");
            if (wider) {
                chosen = cs;
            }
        }
        if (chosen == null || chosen.equals(StandardCharsets.US_ASCII)) {
            return DEFAULT;
        }
        return chosen;
    }
}
