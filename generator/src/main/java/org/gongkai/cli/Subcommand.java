package org.gongkai.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * What every {@code gongkai} command has: --help and --version, and the streams picocli hands it
 * (tests give their own), so no command reaches for System.out.
 */
@Command(mixinStandardHelpOptions = true)
abstract class Subcommand implements Callable<Integer> {

    @Spec CommandSpec spec;

    /** Runs the command on picocli's streams, flushed when it ends however it ends. */
    @Override
    public final Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            return run(out, err);
        } finally {
            out.flush();
            err.flush();
        }
    }

    /**
     * The command's work, printing results to {@code out} and progress and summaries to {@code
     * err}; returns the exit status ({@link Main#OK}, {@link Main#CONTENT_ERRORS}, {@link
     * Main#USAGE}).
     */
    abstract int run(PrintWriter out, PrintWriter err) throws Exception;
}
