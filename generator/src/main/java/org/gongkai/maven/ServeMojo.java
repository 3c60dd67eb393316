package org.gongkai.maven;

import java.io.File;
import java.io.IOException;
import java.util.function.Consumer;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.gongkai.build.BuildOptions;
import org.gongkai.preview.LivePreview;

/**
 * {@code mvn gongkai:serve}: preview on 127.0.0.1, rebuilt and reloaded on every save, until
 * Ctrl+C. Writes into {@code target/gongkai-preview}, never into site/.
 */
@Mojo(name = "serve", requiresProject = false, threadSafe = true)
public final class ServeMojo extends GongkaiMojo {

    /** The port on 127.0.0.1 (CLI {@code --port}). */
    @Parameter(property = "gongkai.port", defaultValue = "8080")
    int port;

    /** Where the preview is written (CLI {@code serve --out}). */
    @Parameter(
            property = "gongkai.previewOut",
            defaultValue = "${project.build.directory}/gongkai-preview")
    File previewOut;

    @Override
    public void execute() throws MojoExecutionException {
        if (skipped("预览")) {
            return;
        }
        BuildOptions options = options().withOut(previewOut.toPath());
        Consumer<String> log = line -> getLog().info(line);
        // as the CLI's serve: one line per rebuild, not each save's phase timings
        try (LivePreview live =
                LivePreview.start(options.config(line -> {}), port, log, options.progress(log))) {
            live.await();
        } catch (IOException | RuntimeException e) {
            throw new MojoExecutionException("预览服务器无法启动：" + e.getMessage(), e);
        }
    }
}
