package org.protopnet.dicom.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.protopnet.dicom.DicomException;
import org.protopnet.dicom.DicomFile;
import org.protopnet.dicom.TransferSyntax;
import org.protopnet.dicom.pixel.DecodedImage;

/**
 * Decode throughput (MB/s of decoded pixel data) of this module against dcmtk (dcmconv, dcmdrle,
 * dcmdjpeg, dcmdjpls; gdcmconv for JPEG 2000, which Debian's dcmtk lacks) on the same files.
 *
 * <pre>{@code
 * List<DecodeBenchmark.Row> rows = DecodeBenchmark.run(files, 3.0);
 * System.out.print(DecodeBenchmark.format(rows));
 * }</pre>
 */
public final class DecodeBenchmark {
    /**
     * One file's result; the tool time includes process start-up, as a user running it would see.
     *
     * @param file the input
     * @param syntax its transfer syntax
     * @param megabytes decoded pixel data in MB (10^6 bytes)
     * @param oursMbPerS our throughput: read, parse and decode from the file
     * @param tool the reference command, or "-" when none is installed
     * @param toolMbPerS the reference throughput: decode to an uncompressed file, or NaN
     */
    public record Row(
            Path file,
            TransferSyntax syntax,
            double megabytes,
            double oursMbPerS,
            String tool,
            double toolMbPerS) {
        /** Our throughput over the tool's. */
        public double ratio() {
            return oursMbPerS / toolMbPerS;
        }
    }

    private DecodeBenchmark() {}

    /** Benchmarks each file for about {@code seconds} per side. */
    public static List<Row> run(List<Path> files, double seconds) throws IOException {
        List<Row> rows = new ArrayList<>();
        for (Path f : files) {
            DicomFile df = DicomFile.read(f);
            DecodedImage img = df.decode();
            double mb = img.stored().size() * (double) img.stored().dtype().bytes() / 1e6;
            for (int i = 0; i < 3; i++) {
                DicomFile.read(f).decode(); // warm-up: JIT and page cache
            }
            double ours = mb / medianSeconds(seconds, () -> DicomFile.read(f).decode());
            String[] tool = tool(df.transferSyntax());
            double theirs = Double.NaN;
            String name = "-";
            if (tool != null && Tools.onPath(tool[0])) {
                name = String.join(" ", tool);
                Path out = Files.createTempFile("bench", ".dcm");
                try {
                    String[] cmd = Arrays.copyOf(tool, tool.length + 2);
                    cmd[tool.length] = f.toString();
                    cmd[tool.length + 1] = out.toString();
                    Tools.exec(cmd);
                    theirs = mb / medianSeconds(seconds, () -> Tools.exec(cmd));
                } finally {
                    Files.deleteIfExists(out);
                }
            }
            rows.add(new Row(f, df.transferSyntax(), mb, ours, name, theirs));
        }
        return rows;
    }

    /** A text table of the rows. */
    public static String format(List<Row> rows) {
        StringBuilder b =
                new StringBuilder(
                        String.format(
                                "%-40s %-28s %8s %10s %10s %6s  %s%n",
                                "file",
                                "transfer syntax",
                                "MB",
                                "ours MB/s",
                                "tool MB/s",
                                "ratio",
                                "tool"));
        for (Row r : rows) {
            String n = r.file().getFileName().toString();
            b.append(
                    String.format(
                            "%-40s %-28s %8.2f %10.1f %10.1f %6.2f  %s%n",
                            n.length() > 40 ? n.substring(0, 40) : n,
                            r.syntax().name().length() > 28
                                    ? r.syntax().name().substring(0, 28)
                                    : r.syntax().name(),
                            r.megabytes(),
                            r.oursMbPerS(),
                            r.toolMbPerS(),
                            r.ratio(),
                            r.tool()));
        }
        return b.toString();
    }

    /** Runs the benchmark on the files given and prints the table. */
    public static void main(String[] args) throws IOException {
        List<Path> files = Arrays.stream(args).map(Path::of).toList();
        System.out.print(format(run(files, 3.0)));
    }

    private static String[] tool(TransferSyntax ts) {
        return switch (ts.compression()) {
            case NONE -> new String[] {"dcmconv", "+te"};
            case RLE -> new String[] {"dcmdrle"};
            case JPEG_BASELINE, JPEG_EXTENDED, JPEG_LOSSLESS -> new String[] {"dcmdjpeg"};
            case JPEG_LS -> new String[] {"dcmdjpls"};
            case JPEG_2000 -> new String[] {"gdcmconv", "--raw"};
            default -> null;
        };
    }

    private interface Work {
        void run() throws IOException;
    }

    /** Median seconds of repeated runs filling about {@code budget} seconds (3 to 200 runs). */
    private static double medianSeconds(double budget, Work w) throws IOException {
        List<Double> times = new ArrayList<>();
        long start = System.nanoTime();
        while (times.size() < 3
                || (times.size() < 200 && (System.nanoTime() - start) / 1e9 < budget)) {
            long t0 = System.nanoTime();
            w.run();
            times.add((System.nanoTime() - t0) / 1e9);
        }
        times.sort(null);
        return times.get(times.size() / 2);
    }

    /** Runs external tools. */
    private static final class Tools {
        static boolean onPath(String tool) {
            for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
                if (Files.isExecutable(Path.of(dir, tool))) {
                    return true;
                }
            }
            return false;
        }

        static void exec(String... cmd) throws IOException {
            Process p =
                    new ProcessBuilder(cmd)
                            .redirectErrorStream(true)
                            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                            .start();
            try {
                if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
                    p.destroyForcibly();
                    throw new DicomException(String.join(" ", cmd) + " failed");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted", e);
            }
        }
    }
}
