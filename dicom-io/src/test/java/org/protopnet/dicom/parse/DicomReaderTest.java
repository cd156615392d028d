package org.protopnet.dicom.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.protopnet.dicom.DicomFile;
import org.protopnet.dicom.LimitExceededException;
import org.protopnet.dicom.MalformedDicomException;
import org.protopnet.dicom.Tag;
import org.protopnet.dicom.TransferSyntax;
import org.protopnet.dicom.VR;
import org.protopnet.dicom.write.DicomWriter;

class DicomReaderTest {
    private static final Path NAME = Path.of("test.dcm");

    private static Dataset small() {
        Dataset ds = new Dataset();
        ds.putString(Tag.SOP_CLASS_UID, VR.UI, "1.2.840.10008.5.1.4.1.1.7");
        ds.putString(Tag.SOP_INSTANCE_UID, VR.UI, "1.2.3.4");
        ds.putString(Tag.MODALITY, VR.CS, "OT");
        ds.putInts(Tag.ROWS, VR.US, 512);
        Dataset item = new Dataset();
        item.putString(Tag.REFERENCED_SOP_INSTANCE_UID, VR.UI, "9.8.7");
        Dataset inner = new Dataset();
        inner.putString(Tag.PATIENT_ID, VR.LO, "deep");
        item.putSequence(Tag.SOURCE_IMAGE_SEQUENCE, List.of(inner));
        ds.putSequence(Tag.REFERENCED_IMAGE_SEQUENCE, List.of(item, new Dataset()));
        return ds;
    }

    private static DicomFile read(byte[] b) throws Exception {
        return DicomReader.read(b, NAME, ReadOptions.DEFAULT);
    }

    private static void assertSmall(Dataset ds) throws Exception {
        assertEquals("OT", ds.getString(Tag.MODALITY));
        assertEquals(512, ds.getInt(Tag.ROWS, 0));
        List<Dataset> items = ds.getSequence(Tag.REFERENCED_IMAGE_SEQUENCE);
        assertEquals(2, items.size());
        assertEquals("9.8.7", items.get(0).getString(Tag.REFERENCED_SOP_INSTANCE_UID));
        assertEquals(
                "deep",
                items.get(0)
                        .getSequence(Tag.SOURCE_IMAGE_SEQUENCE)
                        .get(0)
                        .getString(Tag.PATIENT_ID));
    }

    @Test
    void readsEveryNativeTransferSyntaxWithNestedUndefinedLengthSequences() throws Exception {
        for (TransferSyntax ts :
                List.of(
                        TransferSyntax.IMPLICIT_VR_LE,
                        TransferSyntax.EXPLICIT_VR_LE,
                        TransferSyntax.EXPLICIT_VR_BE,
                        TransferSyntax.DEFLATED_EXPLICIT_VR_LE)) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            DicomWriter.write(out, small(), ts);
            DicomFile f = read(out.toByteArray());
            assertTrue(f.hasPreamble());
            assertEquals(ts.uid(), f.transferSyntax().uid());
            assertSmall(f.dataset());
        }
    }

    @Test
    void readsAcrNemaStreamsWithoutPreambleOrFileMeta() throws Exception {
        for (boolean explicit : new boolean[] {false, true}) {
            DicomFile f = read(DicomWriter.encodeBody(small(), explicit, false));
            assertFalse(f.hasPreamble());
            assertTrue(f.fileMeta().elements().isEmpty());
            assertEquals(explicit, f.transferSyntax().explicitVr());
            assertSmall(f.dataset());
        }
        DicomFile be = read(DicomWriter.encodeBody(small(), true, true));
        assertTrue(be.transferSyntax().bigEndian());
        assertSmall(be.dataset());
    }

    @Test
    void readsDefinedLengthSequencesInImplicitVr() throws Exception {
        ByteBuffer b = ByteBuffer.allocate(64).order(ByteOrder.LITTLE_ENDIAN);
        b.putShort((short) 0x0008).putShort((short) 0x1140).putInt(8 + 8 + 4);
        b.putShort((short) 0xFFFE).putShort((short) 0xE000).putInt(8 + 4);
        b.putShort((short) 0x0008).putShort((short) 0x1155).putInt(4).put("1.2\0".getBytes());
        DicomFile f = read(java.util.Arrays.copyOf(b.array(), b.position()));
        assertEquals(
                "1.2",
                f.dataset()
                        .getSequence(Tag.REFERENCED_IMAGE_SEQUENCE)
                        .get(0)
                        .getString(Tag.REFERENCED_SOP_INSTANCE_UID));
    }

    @Test
    void decodesLatin1AndUtf8Text() throws Exception {
        for (String cs : new String[] {"ISO_IR 100", "ISO_IR 192"}) {
            Dataset ds = new Dataset();
            ds.putString(Tag.SPECIFIC_CHARACTER_SET, VR.CS, cs);
            ds.putString(Tag.PATIENT_NAME, VR.PN, "Gérard^Åsa");
            ds.putString(Tag.SOP_CLASS_UID, VR.UI, "1.2");
            ds.putString(Tag.SOP_INSTANCE_UID, VR.UI, "1.3");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            DicomWriter.write(out, ds, TransferSyntax.EXPLICIT_VR_LE);
            byte[] bytes = out.toByteArray();
            String raw = new String(bytes, StandardCharsets.ISO_8859_1);
            assertEquals(cs.equals("ISO_IR 100"), raw.contains("Gérard"), cs);
            assertEquals("Gérard^Åsa", read(bytes).dataset().getString(Tag.PATIENT_NAME), cs);
        }
    }

    @Test
    void rejectsAValueLengthPastTheEndOfTheFileWithOffsetAndTag() {
        ByteBuffer b = ByteBuffer.allocate(16).order(ByteOrder.LITTLE_ENDIAN);
        b.putShort((short) 0x0010).putShort((short) 0x0010).put((byte) 'P').put((byte) 'N');
        b.putShort((short) 200).put("Doe^J".getBytes());
        MalformedDicomException e =
                assertThrows(
                        MalformedDicomException.class,
                        () -> read(java.util.Arrays.copyOf(b.array(), 13)));
        assertEquals(0, e.offset());
        assertEquals(Tag.PATIENT_NAME, e.tag());
        assertEquals(NAME, e.file());
        assertTrue(e.getMessage().contains("exceeds"), e.getMessage());
    }

    @Test
    void refusesFileDrivenDeepNestingInsteadOfOverflowingTheStack() {
        int depth = 100_000;
        ByteBuffer b = ByteBuffer.allocate(depth * 24 + 16).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i < depth; i++) {
            b.putShort((short) 0x0008).putShort((short) 0x1140).putInt(-1);
            b.putShort((short) 0xFFFE).putShort((short) 0xE000).putInt(-1);
        }
        LimitExceededException e =
                assertThrows(
                        LimitExceededException.class,
                        () -> read(java.util.Arrays.copyOf(b.array(), b.position())));
        assertTrue(e.getMessage().contains("nested"), e.getMessage());
    }

    @Test
    void rejectsAnUndefinedLengthSequenceWithoutDelimiter() {
        ByteBuffer b = ByteBuffer.allocate(64).order(ByteOrder.LITTLE_ENDIAN);
        b.putShort((short) 0x0008).putShort((short) 0x1140).putInt(-1);
        b.putShort((short) 0xFFFE).putShort((short) 0xE000).putInt(-1);
        b.putShort((short) 0x0008).putShort((short) 0x1155).putInt(4).put("1.2\0".getBytes());
        assertThrows(
                MalformedDicomException.class,
                () -> read(java.util.Arrays.copyOf(b.array(), b.position())));
    }

    @Test
    void refusesAFileLargerThanTheCeiling(@org.junit.jupiter.api.io.TempDir Path tmp)
            throws Exception {
        Path p = tmp.resolve("big.dcm");
        java.nio.file.Files.write(p, new byte[4096]);
        assertThrows(
                LimitExceededException.class,
                () -> DicomReader.read(p, ReadOptions.DEFAULT.withMaxFileBytes(1000)));
    }

    @Test
    void ignoresJunkAfterTheTopLevelPixelData() throws Exception {
        Dataset ds = small();
        ds.putBytes(Tag.PIXEL_DATA, VR.OW, new byte[] {1, 2, 3, 4});
        byte[] body = DicomWriter.encodeBody(ds, true, false);
        byte[] junk = java.util.Arrays.copyOf(body, body.length + 11);
        java.util.Arrays.fill(junk, body.length, junk.length, (byte) 0x7F);
        DicomFile f = read(junk);
        assertEquals(4, f.dataset().get(Tag.PIXEL_DATA).length());
    }

    @Test
    void readsAnImplicitVrElementInsideExplicitVrData() throws Exception {
        ByteBuffer b = ByteBuffer.allocate(64).order(ByteOrder.LITTLE_ENDIAN);
        b.putShort((short) 0x0008).putShort((short) 0x0060).put((byte) 'C').put((byte) 'S');
        b.putShort((short) 2).put("CR".getBytes());
        b.putShort((short) 0x0010).putShort((short) 0x0020).putInt(4).put("ID12".getBytes());
        b.putShort((short) 0x0028).putShort((short) 0x0010).put((byte) 'U').put((byte) 'S');
        b.putShort((short) 2).putShort((short) 77);
        DicomFile f = read(java.util.Arrays.copyOf(b.array(), b.position()));
        assertEquals("ID12", f.dataset().getString(Tag.PATIENT_ID));
        assertEquals(77, f.dataset().getInt(Tag.ROWS, 0));
    }

    @Test
    void boundsTheNumberOfItemsAFileCanMakeUs(@org.junit.jupiter.api.io.TempDir Path tmp)
            throws Exception {
        int n = 50_000;
        ByteBuffer b = ByteBuffer.allocate(8 + 8 * n + 8).order(ByteOrder.LITTLE_ENDIAN);
        b.putShort((short) 0x0008).putShort((short) 0x1140).putInt(-1);
        for (int i = 0; i < n; i++) {
            b.putShort((short) 0xFFFE).putShort((short) 0xE000).putInt(0);
        }
        b.putShort((short) 0xFFFE).putShort((short) 0xE0DD).putInt(0);
        ReadOptions few = new ReadOptions(1 << 30, 1 << 30, 64, 10_000);
        assertThrows(LimitExceededException.class, () -> DicomReader.read(b.array(), NAME, few));
        assertEquals(
                n,
                DicomReader.read(b.array(), NAME, ReadOptions.DEFAULT)
                        .dataset()
                        .getSequence(Tag.REFERENCED_IMAGE_SEQUENCE)
                        .size());
    }
}
