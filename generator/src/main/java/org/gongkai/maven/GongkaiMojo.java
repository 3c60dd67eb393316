package org.gongkai.maven;

import java.io.File;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.gongkai.build.BuildConfig;
import org.gongkai.build.BuildOptions;
import org.gongkai.content.Finding;
import org.gongkai.platform.Platform;
import org.gongkai.platform.PlatformBuilder;
import org.gongkai.platform.PlatformConfig;
import org.gongkai.platform.PlatformResult;

/**
 * The options every goal shares, named as the CLI names them, mapped to the same {@link
 * BuildConfig}. Holds no build logic: that lives in {@link org.gongkai.build.SiteBuilder}.
 */
abstract class GongkaiMojo extends AbstractMojo {

    /** The content folder (CLI {@code --content}). */
    @Parameter(property = "gongkai.content", defaultValue = "${project.basedir}/content")
    File content;

    /** The site folder to (re)place (CLI {@code --out}). */
    @Parameter(property = "gongkai.out", defaultValue = "${project.basedir}/site")
    File out;

    /**
     * "Today" as YYYY-MM-DD for reproducible builds (CLI {@code --as-of}); by default today in
     * Beijing.
     */
    @Parameter(property = "gongkai.asOf")
    String asOf;

    /**
     * The folder holding themes/NAME overrides (CLI {@code --themes}); by default themes/ beside
     * content/.
     */
    @Parameter(property = "gongkai.themes")
    File themes;

    /** Print only findings and the summary (CLI {@code --quiet}). */
    @Parameter(property = "gongkai.quiet", defaultValue = "false")
    boolean quiet;

    /** Skip this goal, e.g. {@code -Dgongkai.skip} in a release build that only needs the jar. */
    @Parameter(property = "gongkai.skip", defaultValue = "false")
    boolean skip;

    /**
     * The parameters as the CLI's options are handed on: one mapping to {@link BuildConfig} for
     * both.
     */
    BuildOptions options() throws MojoExecutionException {
        return new BuildOptions(
                content.toPath(),
                out.toPath(),
                Optional.of(asOfOrToday()),
                Optional.ofNullable(themes).map(File::toPath),
                quiet);
    }

    BuildConfig config() throws MojoExecutionException {
        return options().config(line -> getLog().info(line));
    }

    /**
     * A content folder holding platform.yaml is a platform (集约化): the goals build or check all its
     * columns.
     */
    boolean isPlatform() {
        return Platform.isPlatform(content.toPath());
    }

    PlatformConfig platformConfig() throws MojoExecutionException {
        return PlatformConfig.of(options(), line -> getLog().info(line));
    }

    /** Whether {@code gongkai.skip} is set; says so in the log, naming {@code what} is skipped. */
    boolean skipped(String what) {
        if (skip) {
            getLog().info("gongkai.skip：跳过" + what);
        }
        return skip;
    }

    /**
     * How build and check begin: a skipped goal says so ({@code what} it skips) and a platform
     * folder is built or checked whole; true when either leaves nothing more to do.
     */
    boolean skippedOrPlatform(String what, boolean build, boolean incremental)
            throws MojoExecutionException, MojoFailureException {
        if (skipped(what)) {
            return true;
        }
        if (isPlatform()) {
            platform(build, incremental);
            return true;
        }
        return false;
    }

    /**
     * A platform's build or check, failing as a column's does: content errors are
     * MojoFailureException.
     */
    void platform(boolean build, boolean incremental)
            throws MojoExecutionException, MojoFailureException {
        PlatformResult result =
                attempt(
                        build ? "生成平台时出错：" : "检查平台时出错：",
                        () -> {
                            var config = platformConfig().withIncremental(incremental);
                            return build
                                    ? PlatformBuilder.build(config)
                                    : PlatformBuilder.check(config);
                        });
        log(result.findings());
        long errors = result.errors();
        String summary =
                result.columns()
                        + " 个栏目，"
                        + errors
                        + " 个错误，"
                        + (result.findings().size() - errors)
                        + " 个警告";
        if (build ? !result.written() : errors > 0) {
            throw new MojoFailureException((build ? "平台构建失败：" : "平台检查完成：") + summary);
        }
        getLog().info((build ? "平台构建完成：" : "平台检查完成：") + summary + (build ? " → " + out : ""));
    }

    /** One step of a goal: reads and writes files, and may need the parameters mapped. */
    interface Step<T> {
        T run() throws IOException, MojoExecutionException;
    }

    /**
     * Runs {@code step}; an I/O error or a bug fails the goal as a broken machine
     * (MojoExecutionException, its message after {@code failing}), not as content errors, which are
     * the caller's MojoFailureException.
     */
    static <T> T attempt(String failing, Step<T> step) throws MojoExecutionException {
        try {
            return step.run();
        } catch (IOException | RuntimeException e) {
            throw new MojoExecutionException(failing + e.getMessage(), e);
        }
    }

    /** The date gongkai.asOf names, or today from the one clock the CLI uses too. */
    LocalDate asOfOrToday() throws MojoExecutionException {
        if (asOf == null || asOf.isBlank()) {
            return BuildConfig.todayInBeijing();
        }
        try {
            return LocalDate.parse(asOf.strip());
        } catch (DateTimeParseException e) {
            throw new MojoExecutionException("gongkai.asOf 不是日期：“" + asOf + "”，请写成 YYYY-MM-DD", e);
        }
    }

    /** Findings in the same {@code path:line:col: severity [rule] message} form the CLI prints. */
    void log(List<Finding> findings) {
        for (Finding f : findings) {
            if (f.isError()) {
                getLog().error(f.format());
            } else {
                getLog().warn(f.format());
            }
        }
    }
}
