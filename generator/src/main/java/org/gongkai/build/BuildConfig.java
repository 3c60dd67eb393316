package org.gongkai.build;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import java.util.function.Consumer;
import org.gongkai.publish.RecordPlace;

/**
 * Everything a build or check needs, as the CLI and the Maven plugin both give it.
 *
 * @param content the content folder
 * @param out the site folder to (re)place
 * @param asOf "today" for validity and consultation status; fixed for reproducible builds
 * @param themes the folder holding themes/NAME overrides; by default themes/ beside content/
 * @param progress where progress lines go (a no-op for --quiet)
 * @param incremental take unchanged pages from the previous {@code out} (see {@link
 *     org.gongkai.publish.BuildRecord})
 * @param lastBuild where an incremental build finds the last site and its record, when not beside
 *     {@code out} (a column inside a platform: see {@link RecordPlace})
 */
public record BuildConfig(
        Path content,
        Path out,
        LocalDate asOf,
        Optional<Path> themes,
        Consumer<String> progress,
        boolean incremental,
        Optional<RecordPlace> lastBuild) {

    public BuildConfig(
            Path content,
            Path out,
            LocalDate asOf,
            Optional<Path> themes,
            Consumer<String> progress,
            boolean incremental) {
        this(content, out, asOf, themes, progress, incremental, Optional.empty());
    }

    public BuildConfig(
            Path content,
            Path out,
            LocalDate asOf,
            Optional<Path> themes,
            Consumer<String> progress) {
        this(content, out, asOf, themes, progress, false);
    }

    public static BuildConfig of(Path content, Path out, LocalDate asOf) {
        return new BuildConfig(content, out, asOf, Optional.empty(), line -> {});
    }

    public BuildConfig withProgress(Consumer<String> p) {
        return new BuildConfig(content, out, asOf, themes, p, incremental, lastBuild);
    }

    public BuildConfig withThemes(Path t) {
        return new BuildConfig(
                content, out, asOf, Optional.of(t), progress, incremental, lastBuild);
    }

    public BuildConfig withIncremental(boolean on) {
        return new BuildConfig(content, out, asOf, themes, progress, on, lastBuild);
    }

    /** An incremental build whose last site and record are at {@code place}. */
    public BuildConfig withLastBuild(RecordPlace place) {
        return new BuildConfig(content, out, asOf, themes, progress, true, Optional.of(place));
    }

    /**
     * Where the last site and its record are: beside {@code out} unless given (the one place an
     * incremental build looks, stand-alone or inside a platform).
     */
    public RecordPlace recordPlace() {
        return lastBuild.orElseGet(() -> RecordPlace.beside(out));
    }

    /**
     * "Today" when no {@code --as-of} is given: the column is Chinese, so it is Beijing's date
     * whatever the machine's zone. The one clock of the CLI and the Maven plugin.
     */
    public static LocalDate todayInBeijing() {
        return LocalDate.now(ZoneId.of("Asia/Shanghai"));
    }

    /** themes/ beside content/ unless given. */
    public Path themesFolder() {
        return themes.orElseGet(
                () -> content.toAbsolutePath().normalize().resolveSibling("themes"));
    }
}
