package org.gongkai.maven;

import static org.apache.maven.plugins.annotations.LifecyclePhase.PACKAGE;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.gongkai.build.BuildResult;
import org.gongkai.build.SiteBuilder;

/**
 * {@code mvn gongkai:build}: check the content, then render the site; on errors site/ stays as it
 * was.
 */
@Mojo(name = "build", defaultPhase = PACKAGE, requiresProject = false, threadSafe = true)
public final class BuildMojo extends GongkaiMojo {

    /**
     * Take unchanged pages from the previous site (CLI {@code --incremental}); the record of what
     * each page was made from is kept in .gongkai-cache/ beside the site folder.
     */
    @Parameter(property = "gongkai.incremental", defaultValue = "false")
    boolean incremental;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skippedOrPlatform("生成网站", true, incremental)) {
            return;
        }
        BuildResult result =
                attempt("生成网站时出错：", () -> SiteBuilder.build(config().withIncremental(incremental)));
        log(result.findings());
        long errors = result.findings().stream().filter(f -> f.isError()).count();
        long warnings = result.findings().size() - errors;
        if (!result.written()) {
            // content errors are the editor's to fix, not a broken build machine
            throw new MojoFailureException(
                    "构建失败：" + errors + " 个错误，" + warnings + " 个警告；原有网站 " + out + " 未改动");
        }
        getLog().info(
                        "构建完成："
                                + result.documents()
                                + " 个文件，"
                                + result.pages()
                                + " 个页面，"
                                + result.files()
                                + " 个输出文件，"
                                + warnings
                                + " 个警告，用时 "
                                + result.elapsed().toMillis()
                                + " ms → "
                                + out);
    }
}
