package org.gongkai.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code java -jar gongkai.jar <command>}: a thin shell over {@link org.gongkai.build.SiteBuilder}.
 */
@Command(
        name = "gongkai",
        mixinStandardHelpOptions = true,
        version = "gongkai 0.1.0",
        description = "公开 Gongkai：政府信息公开专栏静态网站生成器")
public final class Main {

    /**
     * The subcommands, in the order help lists them. Registered here rather than in
     * {@code @Command}: picocli reads a command's annotations by reflection when it is added, and a
     * build needs only its own.
     */
    private static final Map<String, Supplier<Object>> COMMANDS = new LinkedHashMap<>();

    static {
        COMMANDS.put("build", BuildCommand::new);
        COMMANDS.put("check", CheckCommand::new);
        COMMANDS.put("assemble", AssembleCommand::new);
        COMMANDS.put("inspect", InspectCommand::new);
        COMMANDS.put("search", SearchCommand::new);
        COMMANDS.put("publish-search", PublishSearchCommand::new);
        COMMANDS.put("import", ImportCommand::new);
        COMMANDS.put("serve", ServeCommand::new);
        COMMANDS.put("new", NewCommand::new);
        COMMANDS.put("help", CommandLine.HelpCommand::new);
    }

    /** Exit status: 0 success, 1 content has errors, 2 usage or I/O error. */
    public static final int OK = 0;

    public static final int CONTENT_ERRORS = 1;
    public static final int USAGE = 2;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    public static int run(String... args) {
        return commandLine(args).execute(args);
    }

    /**
     * The command line that runs {@code args}, with its exit codes and error handling. "gongkai
     * build …" meets only the build command's model; anything else (help, a typo, options alone)
     * gets every command, so help lists them all and picocli can suggest the one meant.
     */
    public static CommandLine commandLine(String... args) {
        CommandLine cli = new CommandLine(new Main());
        Supplier<Object> named = args.length > 0 ? COMMANDS.get(args[0]) : null;
        if (named != null && !args[0].equals("help")) {
            cli.addSubcommand(args[0], named.get());
        } else {
            COMMANDS.forEach((name, command) -> cli.addSubcommand(name, command.get()));
        }
        cli.setExitCodeExceptionMapper(e -> USAGE);
        cli.setParameterExceptionHandler(
                (ex, a) -> {
                    ex.getCommandLine().getErr().println(ex.getMessage());
                    ex.getCommandLine().usage(ex.getCommandLine().getErr());
                    return USAGE;
                });
        cli.setExecutionExceptionHandler(
                (ex, commandLine, parseResult) -> {
                    commandLine
                            .getErr()
                            .println(
                                    "gongkai: "
                                            + (ex.getMessage() == null
                                                    ? ex.toString()
                                                    : ex.getMessage()));
                    return USAGE;
                });
        return cli;
    }
}
