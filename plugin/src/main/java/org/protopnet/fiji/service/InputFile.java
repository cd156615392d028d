package org.protopnet.fiji.service;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.protopnet.model.data.DataException;
import org.protopnet.model.data.ImageFiles;
import org.protopnet.model.data.RawImage;

/**
 * Reads any input a user may classify as its frames: DICOM (every frame of a multi-frame cine,
 * through dicom-io, recognised by extension or by the "DICM" prefix), and PNG, JPEG, TIFF, BMP, GIF
 * (one frame). Preprocessed {@code .npy} tensors are not images and are handled by the
 * classification itself.
 *
 * <pre>{@code
 * List<RawImage> frames = InputFile.frames(Path.of("cine.dcm"));  // one per frame, [0, 1]
 * }</pre>
 */
public final class InputFile {
    private InputFile() {}

    /** What a file is, as far as classification is concerned. */
    public enum Kind {
        DICOM,
        IMAGE,
        TENSOR,
        OTHER
    }

    /**
     * Decodes {@code file} into frames (pixels in [0, 1]); a failure is an exception whose message
     * names the file and why.
     */
    public static List<RawImage> frames(Path file) {
        switch (kind(file)) {
            case DICOM:
                try {
                    return DicomImages.frames(file);
                } catch (IOException | RuntimeException e) {
                    String m = e.getMessage() == null ? e.toString() : e.getMessage();
                    throw new DataException(m.contains(file.toString()) ? m : file + ": " + m, e);
                }
            case IMAGE:
                return List.of(ImageFiles.read(file));
            case TENSOR:
                throw new DataException(
                        file + ": a .npy tensor is already preprocessed; classify it directly");
            default:
                throw new DataException(
                        file + ": not a supported input (DICOM, PNG, JPEG, TIFF, BMP, GIF)");
        }
    }

    /** The kind of {@code file}, from its extension or, without one, its DICOM prefix. */
    public static Kind kind(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".dcm") || name.endsWith(".dicom")) {
            return Kind.DICOM;
        }
        if (name.endsWith(".npy")) {
            return Kind.TENSOR;
        }
        if (ImageFiles.isImage(file)) {
            return Kind.IMAGE;
        }
        if (!name.contains(".") && hasDicomPrefix(file)) {
            return Kind.DICOM;
        }
        return Kind.OTHER;
    }

    /** True for a Part 10 file: 128 bytes of preamble, then "DICM". */
    static boolean hasDicomPrefix(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(132);
            return head.length == 132
                    && head[128] == 'D'
                    && head[129] == 'I'
                    && head[130] == 'C'
                    && head[131] == 'M';
        } catch (IOException e) {
            return false;
        }
    }
}
