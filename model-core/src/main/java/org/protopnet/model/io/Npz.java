package org.protopnet.model.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/** NumPy's {@code .npz}: a zip of {@code NAME.npy} entries, as {@code np.savez} writes it. */
public final class Npz {
    /** No single array this product reads is larger (a ResNet-50 weight is under 10 MB). */
    private static final long MAX_ENTRY_BYTES = 1L << 30;

    private Npz() {}

    /** Reads every array of {@code file}, keyed by name without {@code .npy}, in file order. */
    public static Map<String, HostTensor> read(Path file) {
        Map<String, HostTensor> out = new LinkedHashMap<>();
        try (ZipFile zip = new ZipFile(file.toFile())) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry e = entries.nextElement();
                if (e.isDirectory() || !e.getName().endsWith(".npy")) {
                    continue;
                }
                String name = e.getName().substring(0, e.getName().length() - 4);
                String where = file + " [" + e.getName() + "]";
                out.put(name, Npy.read(readBounded(zip, e, where), where));
            }
        } catch (ZipException e) {
            throw new TensorFormatException(
                    file + ": not a readable .npz (zip) file: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new TensorFormatException(file + ": cannot read: " + e.getMessage(), e);
        }
        return out;
    }

    /** Reads every array of an {@code .npz} held in memory; {@code source} names it in errors. */
    public static Map<String, HostTensor> read(byte[] bytes, String source) {
        Map<String, HostTensor> out = new LinkedHashMap<>();
        try (java.util.zip.ZipInputStream zip =
                new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(bytes))) {
            ZipEntry e;
            while ((e = zip.getNextEntry()) != null) {
                if (e.isDirectory() || !e.getName().endsWith(".npy")) {
                    continue;
                }
                String name = e.getName().substring(0, e.getName().length() - 4);
                String where = source + " [" + e.getName() + "]";
                byte[] data = zip.readNBytes((int) MAX_ENTRY_BYTES);
                out.put(name, Npy.read(data, where));
            }
        } catch (IOException e) {
            throw new TensorFormatException(source + ": not a readable .npz: " + e.getMessage(), e);
        }
        return out;
    }

    private static byte[] readBounded(ZipFile zip, ZipEntry e, String where) throws IOException {
        if (e.getSize() > MAX_ENTRY_BYTES) {
            throw new TensorFormatException(
                    where + ": entry of " + e.getSize() + " bytes is too large");
        }
        try (InputStream in = zip.getInputStream(e)) {
            byte[] bytes = in.readNBytes((int) MAX_ENTRY_BYTES + 1);
            if (bytes.length > MAX_ENTRY_BYTES) {
                throw new TensorFormatException(where + ": entry is larger than 1 GiB");
            }
            return bytes;
        }
    }

    /** Writes {@code arrays} as an uncompressed {@code .npz} to {@code out}. */
    public static void write(Map<String, HostTensor> arrays, OutputStream out) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(out);
        zip.setLevel(1);
        for (Map.Entry<String, HostTensor> a : arrays.entrySet()) {
            zip.putNextEntry(new ZipEntry(a.getKey() + ".npy"));
            Npy.write(a.getValue(), zip);
            zip.closeEntry();
        }
        zip.finish();
    }
}
