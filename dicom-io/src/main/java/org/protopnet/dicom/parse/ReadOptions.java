package org.protopnet.dicom.parse;

/**
 * Ceilings that bound what a file can make the reader do: bytes read, memory allocated, sequence
 * nesting and element count.
 *
 * @param maxFileBytes largest file (or inflated deflate stream) accepted
 * @param maxPixelBytes largest decoded pixel array (all frames) allocated
 * @param maxDepth deepest sequence nesting accepted
 * @param maxElements most elements in one file
 */
public record ReadOptions(long maxFileBytes, long maxPixelBytes, int maxDepth, int maxElements) {

    /** Generous ceilings for clinical images: 1.5 GiB files, 2 GiB pixels, 64 levels. */
    public static final ReadOptions DEFAULT =
            new ReadOptions(1_500_000_000L, 2_000_000_000L, 64, 2_000_000);

    /** Returns these options with another pixel memory ceiling. */
    public ReadOptions withMaxPixelBytes(long bytes) {
        return new ReadOptions(maxFileBytes, bytes, maxDepth, maxElements);
    }

    /** Returns these options with another file size ceiling. */
    public ReadOptions withMaxFileBytes(long bytes) {
        return new ReadOptions(bytes, maxPixelBytes, maxDepth, maxElements);
    }
}
