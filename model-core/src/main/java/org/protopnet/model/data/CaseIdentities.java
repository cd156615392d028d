package org.protopnet.model.data;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Looks up a file's {@link CaseIdentity}. model-core knows no DICOM: a module that reads a format
 * with instance identifiers registers a reader per extension (the plugin registers one for {@code
 * .dcm} through dicom-io), and every other file is identified by its path alone.
 *
 * <pre>
 * CaseIdentities.register("dcm", f -> new CaseIdentity(f.toString(), uidOf(f), 0));
 * </pre>
 */
public final class CaseIdentities {
    /** Reads the identity of one file of a registered format. */
    @FunctionalInterface
    public interface Reader {
        CaseIdentity read(Path file) throws IOException;
    }

    private static final Map<String, Reader> READERS = new ConcurrentHashMap<>();

    private CaseIdentities() {}

    /** Adds a reader for files ending in {@code .extension}. */
    public static void register(String extension, Reader reader) {
        READERS.put(extension.toLowerCase(Locale.ROOT), reader);
    }

    /** {@code file}'s identity; the path alone when no reader claims it or the reader fails. */
    public static CaseIdentity of(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        Reader r = dot < 0 ? null : READERS.get(name.substring(dot + 1).toLowerCase(Locale.ROOT));
        if (r != null) {
            try {
                CaseIdentity id = r.read(file);
                if (id != null) {
                    return id;
                }
            } catch (IOException | RuntimeException e) {
                // the path still identifies the case; the UID is a convenience
            }
        }
        return CaseIdentity.ofPath(file.toString());
    }
}
