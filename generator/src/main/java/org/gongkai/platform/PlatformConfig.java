package org.gongkai.platform;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.gongkai.build.BuildOptions;

/**
 * A platform build or check, as the CLI gives it.
 *
 * @param platform the platform folder (holding platform.yaml)
 * @param out the folder to (re)place: the whole platform, or a part with {@code columns}
 * @param themes the folder holding themes/NAME; by default themes/ beside the platform folder
 * @param columns the ids of the columns of a part build; empty for all (the whole platform)
 * @param incremental take a column whose inputs are unchanged from the previous {@code out} instead
 *     of building it
 */
public record PlatformConfig(
        Path platform,
        Path out,
        LocalDate asOf,
        Optional<Path> themes,
        Consumer<String> progress,
        List<String> columns,
        boolean incremental) {

    public PlatformConfig {
        columns = List.copyOf(columns);
    }

    public static PlatformConfig of(Path platform, Path out, LocalDate asOf) {
        return new PlatformConfig(
                platform, out, asOf, Optional.empty(), line -> {}, List.of(), false);
    }

    /** The platform's configuration from the options a column build takes, mapped the same way. */
    public static PlatformConfig of(BuildOptions options, Consumer<String> sink) {
        PlatformConfig config =
                of(options.content(), options.out(), options.asOfOrToday())
                        .withProgress(options.progress(sink));
        return options.themes().map(config::withThemes).orElse(config);
    }

    public PlatformConfig withProgress(Consumer<String> p) {
        return new PlatformConfig(platform, out, asOf, themes, p, columns, incremental);
    }

    public PlatformConfig withThemes(Path t) {
        return new PlatformConfig(
                platform, out, asOf, Optional.of(t), progress, columns, incremental);
    }

    public PlatformConfig withColumns(List<String> ids) {
        return new PlatformConfig(platform, out, asOf, themes, progress, ids, incremental);
    }

    public PlatformConfig withIncremental(boolean on) {
        return new PlatformConfig(platform, out, asOf, themes, progress, columns, on);
    }

    /**
     * themes/ beside the platform folder unless given (the sample's platform/ shares the
     * repository's themes/).
     */
    public Path themesFolder() {
        return themes.orElseGet(
                () -> platform.toAbsolutePath().normalize().resolveSibling("themes"));
    }
}
