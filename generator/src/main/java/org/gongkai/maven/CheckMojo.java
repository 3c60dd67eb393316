package org.gongkai.maven;

import static org.apache.maven.plugins.annotations.LifecyclePhase.VERIFY;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.gongkai.build.CheckResult;
import org.gongkai.build.SiteBuilder;

/**
 * {@code mvn gongkai:check}: load and validate the content, write nothing; content errors fail the
 * build.
 */
@Mojo(name = "check", defaultPhase = VERIFY, requiresProject = false, threadSafe = true)
public final class CheckMojo extends GongkaiMojo {

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skippedOrPlatform("检查", false, false)) {
            return;
        }
        CheckResult result = attempt("检查内容时出错：", () -> SiteBuilder.check(config()));
        log(result.findings());
        String summary = "检查完成：" + result.errors() + " 个错误，" + result.warnings() + " 个警告";
        if (result.hasErrors()) {
            throw new MojoFailureException(summary);
        }
        getLog().info(summary);
    }
}
