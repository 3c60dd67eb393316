package org.gongkai.build;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The options the CLI and the Maven goals share, as the user gave them, and the one place they
 * become a {@link BuildConfig}: both shells fill this record and neither maps options on its own.
 *
 * @param content the content folder (or platform folder)
 * @param out the site folder to (re)place
 * @param asOf "today" for reproducible builds; empty for today in Beijing
 * @param themes the folder holding themes/NAME; empty for themes/ beside content/
 * @param quiet findings and the summary only: progress lines are dropped here, so no command
 *     forgets to
 */
public record BuildOptions(
        Path content, Path out, Optional<LocalDate> asOf, Optional<Path> themes, boolean quiet) {

    /**
     * The date the build runs as of: the given one, or the one clock ({@link
     * BuildConfig#todayInBeijing}).
     */
    public LocalDate asOfOrToday() {
        return asOf.orElseGet(BuildConfig::todayInBeijing);
    }

    public BuildOptions withOut(Path folder) {
        return new BuildOptions(content, folder, asOf, themes, quiet);
    }

    /** Where progress lines go: {@code sink}, or nowhere under {@code quiet}. */
    public Consumer<String> progress(Consumer<String> sink) {
        return quiet ? line -> {} : sink;
    }

    /** The build's configuration, its progress lines sent to {@code sink} unless quiet. */
    public BuildConfig config(Consumer<String> sink) {
        BuildConfig config =
                BuildConfig.of(content, out, asOfOrToday()).withProgress(progress(sink));
        return themes.map(config::withThemes).orElse(config);
    }
}
