package org.protopnet.fiji.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code protopnet} command line: the root command that every module's subcommands hang from.
 *
 * <pre>
 * ./protopnet --help
 * ./protopnet train --data DIR --out model.protopnet
 * </pre>
 */
@Command(
        name = "protopnet",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Interpretable image classification (ProtoPNet) for X-ray and ultrasound.",
        subcommands = {
            DemoCommand.class,
            TrainCommand.class,
            ClassifyCommand.class,
            BatchCommand.class,
            PrototypesCommand.class,
            PruneCommand.class,
            SampleDataCommand.class,
            ImportReferenceCommand.class,
            BenchCommand.class,
            DicomCommand.class,
            CommandLine.HelpCommand.class
        })
public final class ProtoPNetCli implements Runnable {

    /** Exit status when the command ran and did what was asked. */
    public static final int EXIT_OK = 0;

    /** Exit status when the input was unusable or nothing succeeded. */
    public static final int EXIT_FAILURE = 1;

    /** Exit status when the command line itself was wrong. */
    public static final int EXIT_USAGE = 2;

    @CommandLine.Spec private CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    /**
     * Builds the command line with every subcommand; tests call this to run commands in-process.
     */
    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new ProtoPNetCli());
        cli.setExecutionExceptionHandler(new OneLineErrors());
        return cli;
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }
}
