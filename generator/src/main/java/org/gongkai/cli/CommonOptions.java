package org.gongkai.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.function.Consumer;
import org.gongkai.build.BuildOptions;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/**
 * Options every command shares, handed on as {@link BuildOptions}, the mapping the Maven goals use
 * too.
 */
final class CommonOptions {

    @Option(
            names = "--content",
            defaultValue = "content",
            paramLabel = "DIR",
            description = "内容目录（默认 ${DEFAULT-VALUE}）")
    Path content;

    @Option(
            names = "--as-of",
            paramLabel = "YYYY-MM-DD",
            converter = Date.class,
            description = "以该日期为“今天”推算有效性和征集状态，使构建可重现（默认今天，北京时间）")
    LocalDate asOf;

    @Option(names = "--themes", paramLabel = "DIR", description = "主题目录（默认与内容目录同级的 themes/）")
    Path themes;

    @Option(
            names = {"-q", "--quiet"},
            description = "只输出问题和最后一行摘要（适合 CI）")
    boolean quiet;

    /** The shared options, building into {@code out}. */
    BuildOptions options(Path out) {
        return new BuildOptions(
                content, out, Optional.ofNullable(asOf), Optional.ofNullable(themes), quiet);
    }

    /**
     * The shared options of a command that writes no site (check, import): site/ beside content/.
     */
    BuildOptions options() {
        return options(content.resolveSibling("site"));
    }

    LocalDate asOfOrToday() {
        return options().asOfOrToday();
    }

    /**
     * A date as an editor writes it; refused in Chinese, with the form to write, where picocli's
     * own message would quote a Java exception.
     */
    static final class Date implements ITypeConverter<LocalDate> {
        @Override
        public LocalDate convert(String value) {
            try {
                return LocalDate.parse(value);
            } catch (DateTimeParseException e) {
                throw new TypeConversionException("不是日期：“" + value + "”，请写成 YYYY-MM-DD");
            }
        }
    }

    /**
     * Progress lines to stderr, one whole line at a time: a platform build and serve's indexer
     * report from several threads.
     */
    static Consumer<String> lines(PrintWriter err) {
        return line -> {
            synchronized (err) {
                err.println(line);
                err.flush();
            }
        };
    }
}
