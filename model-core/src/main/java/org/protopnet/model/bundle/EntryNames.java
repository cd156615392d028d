package org.protopnet.model.bundle;

import java.nio.file.Path;

/**
 * The rule for names inside a bundle: relative, forward slashes, no {@code ..}, no drive or root,
 * so that no entry can ever land outside the folder it is extracted to.
 */
public final class EntryNames {
    private EntryNames() {}

    /** {@code name} if it is safe, else a {@link BundleException} naming it. */
    public static String check(String name) {
        if (name.isEmpty()
                || name.startsWith("/")
                || name.startsWith("\\")
                || name.contains("\\")
                || name.contains(":")
                || name.contains("\0")) {
            throw new BundleException("unsafe entry name '" + name + "'");
        }
        for (String part : name.split("/")) {
            if (part.equals("..") || part.equals(".")) {
                throw new BundleException("unsafe entry name '" + name + "'");
            }
        }
        return name;
    }

    /** Where entry {@code name} goes under {@code folder}, proven to stay inside it. */
    public static Path resolveInside(Path folder, String name) {
        Path root = folder.toAbsolutePath().normalize();
        Path target = root.resolve(check(name)).normalize();
        if (!target.startsWith(root)) {
            throw new BundleException("entry '" + name + "' would land outside " + root);
        }
        return target;
    }
}
