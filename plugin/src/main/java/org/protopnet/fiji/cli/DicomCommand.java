package org.protopnet.fiji.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.protopnet.dicom.cli.ConversionReport;
import org.protopnet.dicom.cli.DicomCommands;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code protopnet dicom info|convert}: the DICOM reader on its own. */
@Command(
        name = "dicom",
        mixinStandardHelpOptions = true,
        description = "Inspect and convert DICOM files (every transfer syntax dicom-io reads).",
        subcommands = {DicomCommand.Info.class, DicomCommand.Convert.class})
final class DicomCommand {

    /** {@code dicom info FILE}. */
    @Command(
            name = "info",
            mixinStandardHelpOptions = true,
            description =
                    "Key tags, transfer syntax and pixel description; no patient identifiers unless --phi.")
    static final class Info implements Callable<Integer> {
        @Parameters(paramLabel = "FILE")
        Path file;

        @Option(names = "--phi", description = "Also show patient name, ID and birth date.")
        boolean phi;

        @Override
        public Integer call() throws Exception {
            System.out.println(DicomCommands.info(file, phi));
            return ProtoPNetCli.EXIT_OK;
        }
    }

    /** {@code dicom convert INPUT... --out DIR}. */
    @Command(
            name = "convert",
            mixinStandardHelpOptions = true,
            description = {
                "Decode DICOM files (folders are walked) to NAME.npy (shape (frames, rows, columns[, samples]),"
                        + " stored values in the file's dtype) or png/tiff.",
                "A failing input writes NAME.error with its message and the run goes on; the exit status is 1"
                        + " only when nothing converted."
            })
    static final class Convert implements Callable<Integer> {
        @Parameters(arity = "1..*", paramLabel = "INPUT")
        List<Path> inputs;

        @Option(names = "--out", required = true, paramLabel = "DIR")
        Path out;

        @Option(
                names = "--format",
                defaultValue = "npy",
                description = "npy|png|tiff (default: ${DEFAULT-VALUE}).")
        String format;

        @Option(
                names = "--values",
                defaultValue = "stored",
                description = "stored|modality (default: ${DEFAULT-VALUE}).")
        String values;

        @Override
        public Integer call() throws Exception {
            ConversionReport report =
                    DicomCommands.convert(
                            inputs,
                            out,
                            DicomCommands.Format.valueOf(format.toUpperCase(Locale.ROOT)),
                            DicomCommands.Values.valueOf(values.toUpperCase(Locale.ROOT)));
            int ok = 0;
            for (ConversionReport.Entry e : report.entries()) {
                if (e.ok()) {
                    ok++;
                } else {
                    System.err.println("protopnet dicom convert: " + e.line());
                }
            }
            System.out.println(
                    ok
                            + " converted, "
                            + (report.entries().size() - ok)
                            + " failed; output in "
                            + out);
            return ok > 0 ? ProtoPNetCli.EXIT_OK : ProtoPNetCli.EXIT_FAILURE;
        }
    }
}
