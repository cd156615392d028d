package org.protopnet.fiji.cli;

import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Prints a failed command's error as one line a user can act on, instead of a stack trace. Set
 * {@code PROTOPNET_DEBUG=1} to see the trace.
 */
final class OneLineErrors implements IExecutionExceptionHandler {
    @Override
    public int handleExecutionException(Exception ex, CommandLine cli, ParseResult parsed) {
        String message = ex.getMessage() == null ? ex.toString() : ex.getMessage();
        cli.getErr().println("protopnet " + cli.getCommandName() + ": " + message);
        if (System.getenv("PROTOPNET_DEBUG") != null) {
            ex.printStackTrace(cli.getErr());
        }
        return ProtoPNetCli.EXIT_FAILURE;
    }
}
