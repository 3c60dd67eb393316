package org.gongkai.build;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Everything a build or check needs, as the CLI and the Maven plugin both give it.
 *
 * @param content   the content folder
 * @param out       the site folder to (re)place
 * @param asOf      "today" for validity and consultation status; fixed for reproducible builds
 * @param themes    the folder holding themes/NAME overrides; by default themes/ beside content/
 * @param progress  where progress lines go (a no-op for --quiet)
 */
public record BuildConfig(Path content, Path out, LocalDate asOf, Optional<Path> themes, Consumer<String> progress) {

    public static BuildConfig of(Path content, Path out, LocalDate asOf) {
        return new BuildConfig(content, out, asOf, Optional.empty(), line -> { });
    }

    public BuildConfig withProgress(Consumer<String> p) {
        return new BuildConfig(content, out, asOf, themes, p);
    }

    public BuildConfig withThemes(Path t) {
        return new BuildConfig(content, out, asOf, Optional.of(t), progress);
    }

    /** themes/ beside content/ unless given. */
    public Path themesFolder() {
        return themes.orElseGet(() -> content.toAbsolutePath().normalize().resolveSibling("themes"));
    }
}
