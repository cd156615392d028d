package org.protopnet.dicom.parse;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeMap;
import org.protopnet.dicom.DicomException;
import org.protopnet.dicom.Tag;
import org.protopnet.dicom.VR;

/**
 * An ordered set of data elements with typed accessors; a file's main data set or a sequence item.
 *
 * <pre>{@code
 * int rows = dataset.getInt(Tag.ROWS, 0);
 * String name = dataset.getString(Tag.PATIENT_NAME);
 * }</pre>
 */
public final class Dataset {
    private final TreeMap<Integer, Element> elements = new TreeMap<>(Integer::compareUnsigned);
    private Charset charset;

    /** An empty data set whose text is decoded with the default repertoire. */
    public Dataset() {
        this(SpecificCharacterSet.DEFAULT);
    }

    /** An empty data set whose text is decoded with {@code charset} until (0008,0005) says else. */
    public Dataset(Charset charset) {
        this.charset = charset;
    }

    // -- Elements --

    /** Adds or replaces an element; (0008,0005) also switches the charset. */
    public void put(Element e) {
        elements.put(e.tag(), e);
        if (e.tag() == Tag.SPECIFIC_CHARACTER_SET) {
            charset = SpecificCharacterSet.of(getStrings(Tag.SPECIFIC_CHARACTER_SET));
        }
    }

    /** The element for {@code tag}, or {@code null}. */
    public Element get(int tag) {
        return elements.get(tag);
    }

    /** Whether {@code tag} is present. */
    public boolean contains(int tag) {
        return elements.containsKey(tag);
    }

    /** Removes {@code tag} if present. */
    public void remove(int tag) {
        elements.remove(tag);
    }

    /** The elements in tag order. */
    public Collection<Element> elements() {
        return elements.values();
    }

    /** The charset text values are decoded with. */
    public Charset charset() {
        return charset;
    }

    // -- Reading values --

    /** The first value of a text element, trimmed, or {@code null} when absent or empty. */
    public String getString(int tag) {
        String[] all = getStrings(tag);
        return all.length == 0 || all[0].isEmpty() ? null : all[0];
    }

    /** The first text value, or {@code fallback}. */
    public String getString(int tag, String fallback) {
        String s = getString(tag);
        return s == null ? fallback : s;
    }

    /** The whole text value, untrimmed except for trailing padding, or {@code null}. */
    public String getText(int tag) {
        Element e = elements.get(tag);
        if (e == null || e.fragments() != null || e.isSequence()) {
            return null;
        }
        Charset cs = e.vr().usesCharacterSet() ? charset : StandardCharsets.ISO_8859_1;
        String s = new String(e.rawBuffer(), e.start(), e.length(), cs);
        int end = s.length();
        while (end > 0 && (s.charAt(end - 1) == ' ' || s.charAt(end - 1) == 0)) {
            end--;
        }
        return s.substring(0, end);
    }

    /** All text values (backslash separated), each trimmed; empty when absent. */
    public String[] getStrings(int tag) {
        String text = getText(tag);
        if (text == null || text.isEmpty()) {
            return new String[0];
        }
        Element e = elements.get(tag);
        if (e.vr() == VR.LT || e.vr() == VR.ST || e.vr() == VR.UT || e.vr() == VR.UR) {
            return new String[] {text.strip()};
        }
        String[] parts = text.split("\\\\", -1);
        for (int i = 0; i < parts.length; i++) {
            parts[i] = parts[i].replace("\0", "").strip();
        }
        return parts;
    }

    /** The first integer value, or {@code fallback} when absent, empty or not a number. */
    public int getInt(int tag, int fallback) {
        int[] v = getInts(tag);
        return v.length == 0 ? fallback : v[0];
    }

    /** All values as integers (binary or IS/DS text); unparsable text values are skipped. */
    public int[] getInts(int tag) {
        double[] d = getDoubles(tag);
        int[] out = new int[d.length];
        for (int i = 0; i < d.length; i++) {
            out[i] = (int) Math.round(d[i]);
        }
        return out;
    }

    /** The first numeric value, or {@code fallback}. */
    public double getDouble(int tag, double fallback) {
        double[] v = getDoubles(tag);
        return v.length == 0 ? fallback : v[0];
    }

    /** All values as doubles: binary VRs by their width, text VRs parsed. */
    public double[] getDoubles(int tag) {
        Element e = elements.get(tag);
        if (e == null || e.fragments() != null || e.isSequence()) {
            return new double[0];
        }
        ByteBuffer b = e.buffer();
        VR vr = e.vr();
        if (vr == VR.UN && e.length() > 0 && (e.length() % 2 == 0) && !looksLikeText(e)) {
            vr = e.length() % 4 == 0 && e.length() != 2 ? VR.UL : VR.US;
        }
        return switch (vr) {
            case US, OW -> fill(b.remaining() / 2, i -> b.getShort(2 * i) & 0xFFFF);
            case SS -> fill(b.remaining() / 2, i -> b.getShort(2 * i));
            case UL, OL -> fill(b.remaining() / 4, i -> b.getInt(4 * i) & 0xFFFFFFFFL);
            case SL -> fill(b.remaining() / 4, i -> b.getInt(4 * i));
            case FL, OF -> fill(b.remaining() / 4, i -> b.getFloat(4 * i));
            case FD, OD -> fill(b.remaining() / 8, i -> b.getDouble(8 * i));
            case SV -> fill(b.remaining() / 8, i -> b.getLong(8 * i));
            case UV -> fill(b.remaining() / 8, i -> b.getLong(8 * i));
            case OB -> fill(b.remaining(), i -> b.get(i) & 0xFF);
            default -> parseNumbers(getStrings(tag));
        };
    }

    /** The items of a sequence; values read as UN are parsed as implicit VR little endian. */
    public List<Dataset> getSequence(int tag) throws DicomException {
        Element e = elements.get(tag);
        if (e == null) {
            return List.of();
        }
        if (e.isSequence()) {
            return e.items();
        }
        if (e.fragments() != null || e.length() == 0) {
            return List.of();
        }
        return DicomReader.parseSequenceValue(e, charset);
    }

    // -- Writing values --

    /** Puts a text value (multiple values joined with backslash), padded to even length. */
    public void putString(int tag, VR vr, String... values) {
        String joined = String.join("\\", values);
        Charset cs = vr.usesCharacterSet() ? charset : StandardCharsets.US_ASCII;
        byte[] raw = joined.getBytes(cs);
        if (raw.length % 2 == 1) {
            raw = java.util.Arrays.copyOf(raw, raw.length + 1);
            raw[raw.length - 1] = (byte) vr.padding();
        }
        put(Element.value(tag, vr, raw));
    }

    /** Puts 16- or 32-bit binary integers (US, SS, UL, SL, AT) in little endian. */
    public void putInts(int tag, VR vr, int... values) {
        int width = vr == VR.US || vr == VR.SS || vr == VR.OW ? 2 : 4;
        ByteBuffer b = ByteBuffer.allocate(values.length * width).order(ByteOrder.LITTLE_ENDIAN);
        for (int v : values) {
            if (width == 2) {
                b.putShort((short) v);
            } else if (vr == VR.AT) {
                b.putShort((short) (v >>> 16)).putShort((short) v);
            } else {
                b.putInt(v);
            }
        }
        put(Element.value(tag, vr, b.array()));
    }

    /** Puts a binary value (OB, OW, UN...) as is; odd lengths are padded with a zero byte. */
    public void putBytes(int tag, VR vr, byte[] value) {
        byte[] v = value.length % 2 == 0 ? value : java.util.Arrays.copyOf(value, value.length + 1);
        put(Element.value(tag, vr, v));
    }

    /** Puts a sequence. */
    public void putSequence(int tag, List<Dataset> items) {
        put(Element.sequence(tag, -1, new ArrayList<>(items)));
    }

    // -- Helpers --

    private interface IndexToDouble {
        double at(int i);
    }

    private static double[] fill(int n, IndexToDouble f) {
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            out[i] = f.at(i);
        }
        return out;
    }

    private static double[] parseNumbers(String[] parts) {
        double[] out = new double[parts.length];
        int n = 0;
        for (String p : parts) {
            try {
                out[n] = Double.parseDouble(p.trim());
                n++;
            } catch (NumberFormatException ignored) {
                // a malformed number is treated as absent; callers have fallbacks
            }
        }
        return java.util.Arrays.copyOf(out, n);
    }

    private static boolean looksLikeText(Element e) {
        byte[] b = e.rawBuffer();
        for (int i = e.start(); i < e.start() + e.length(); i++) {
            int c = b[i] & 0xFF;
            boolean printable =
                    (c >= '0' && c <= '9')
                            || c == '.'
                            || c == '-'
                            || c == '+'
                            || c == ' '
                            || c == '\\'
                            || c == 'e'
                            || c == 'E';
            if (!printable) {
                return false;
            }
        }
        return true;
    }
}
