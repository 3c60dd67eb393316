package org.gongkai.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code java -jar gongkai.jar <command>}: a thin shell over {@link org.gongkai.build.SiteBuilder}. */
@Command(name = "gongkai", mixinStandardHelpOptions = true, version = "gongkai 0.1.0",
        description = "公开 Gongkai：政府信息公开专栏静态网站生成器",
        subcommands = {BuildCommand.class, CheckCommand.class, SearchCommand.class, ImportCommand.class,
                CommandLine.HelpCommand.class})
public final class Main {

    /** Exit status: 0 success, 1 content has errors, 2 usage or I/O error. */
    public static final int OK = 0;
    public static final int CONTENT_ERRORS = 1;
    public static final int USAGE = 2;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    public static int run(String... args) {
        CommandLine cli = new CommandLine(new Main());
        cli.setExitCodeExceptionMapper(e -> USAGE);
        cli.setParameterExceptionHandler((ex, a) -> {
            ex.getCommandLine().getErr().println(ex.getMessage());
            ex.getCommandLine().usage(ex.getCommandLine().getErr());
            return USAGE;
        });
        cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            commandLine.getErr().println("gongkai: " + (ex.getMessage() == null ? ex.toString() : ex.getMessage()));
            return USAGE;
        });
        return cli.execute(args);
    }
}
