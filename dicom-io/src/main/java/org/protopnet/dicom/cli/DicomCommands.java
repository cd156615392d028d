package org.protopnet.dicom.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.protopnet.dicom.DicomException;
import org.protopnet.dicom.DicomFile;
import org.protopnet.dicom.export.ImageExport;
import org.protopnet.dicom.export.NpyWriter;
import org.protopnet.dicom.pixel.DecodedImage;

/**
 * The work behind {@code dicom convert} and {@code dicom info}: plain methods returning a report or
 * text, so any command-line front end can call them.
 */
public final class DicomCommands {
    /** Output file format. */
    public enum Format {
        NPY,
        PNG,
        TIFF
    }

    /** Which values to write. */
    public enum Values {
        /** Stored values in the DICOM dtype. */
        STORED,
        /** Float32 after the Modality LUT (npy, or tiff for grey images). */
        MODALITY
    }

    private DicomCommands() {}

    /**
     * Converts every input (folders are walked) into {@code outDir}: {@code NAME.npy} (or png,
     * tiff) per input, or {@code NAME.error} with the message when it fails. Never throws for a bad
     * input; only an unusable output folder is an exception.
     */
    public static ConversionReport convert(
            List<Path> inputs, Path outDir, Format format, Values values) throws IOException {
        Files.createDirectories(outDir);
        ConversionReport report = new ConversionReport();
        Set<String> used = new HashSet<>();
        for (Path file : expand(inputs, report)) {
            String name = uniqueName(file, used);
            Path base = outDir.resolve(name);
            try {
                Path written = convertOne(file, base, format, values);
                report.add(new ConversionReport.Entry(file, written, null));
            } catch (DicomException e) {
                fail(report, file, base, e.getMessage());
            } catch (IOException | RuntimeException e) {
                // A batch must go on: anything a single input triggers is reported, not thrown.
                fail(report, file, base, file.getFileName() + ": " + e);
            }
        }
        return report;
    }

    /** A description of {@code file}: key tags, transfer syntax and pixel module. */
    public static String info(Path file, boolean phi) throws DicomException {
        return FileInfo.describe(DicomFile.read(file), phi);
    }

    private static Path convertOne(Path file, Path base, Format format, Values values)
            throws IOException {
        DecodedImage image = DicomFile.read(file).decode();
        if (values == Values.MODALITY && format == Format.PNG) {
            throw new DicomException("modality values are float32; write them with npy or tiff");
        }
        return switch (format) {
            case NPY -> {
                Path p = base.resolveSibling(base.getFileName() + ".npy");
                if (values == Values.MODALITY) {
                    NpyWriter.write(p, image.modality(), image.shape());
                } else {
                    NpyWriter.write(p, image.stored());
                }
                yield p;
            }
            case PNG -> ImageExport.png(base, image.stored()).get(0);
            case TIFF ->
                    values == Values.MODALITY
                            ? ImageExport.tiff(base, image.modality(), image.shape())
                            : ImageExport.tiff(base, image.stored());
        };
    }

    private static void fail(ConversionReport report, Path file, Path base, String message)
            throws IOException {
        Path err = base.resolveSibling(base.getFileName() + ".error");
        Files.writeString(err, message + System.lineSeparator(), StandardCharsets.UTF_8);
        report.add(new ConversionReport.Entry(file, err, message));
    }

    private static List<Path> expand(List<Path> inputs, ConversionReport report)
            throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path in : inputs) {
            if (Files.isDirectory(in)) {
                try (Stream<Path> s = Files.walk(in)) {
                    s.filter(Files::isRegularFile).sorted().forEach(files::add);
                }
            } else {
                files.add(in);
            }
        }
        return files;
    }

    private static String uniqueName(Path file, Set<String> used) {
        String n = file.getFileName().toString();
        if (n.toLowerCase(java.util.Locale.ROOT).endsWith(".dcm")) {
            n = n.substring(0, n.length() - 4);
        }
        String candidate = n;
        for (int i = 2; !used.add(candidate); i++) {
            candidate = n + "-" + i;
        }
        return candidate;
    }
}
