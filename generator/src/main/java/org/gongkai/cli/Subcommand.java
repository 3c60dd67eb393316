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

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    PrintWriter err() {
        return spec.commandLine().getErr();
    }

    /**
     * The commands only a platform folder has (assemble, inspect) refuse any other folder, with the
     * usage exit.
     */
    boolean notPlatform(CommonOptions common) {
        if (PlatformCommands.isPlatform(common.content)) {
            return false;
        }
        err().println("gongkai: " + common.content + " 中没有 platform.yaml，不是平台目录");
        return true;
    }
}
