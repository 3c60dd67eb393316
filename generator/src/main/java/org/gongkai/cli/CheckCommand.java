package org.gongkai.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.gongkai.build.BuildConfig;
import org.gongkai.build.CheckResult;
import org.gongkai.build.SiteBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code gongkai check}: load and validate, write nothing. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "检查内容是否符合公开规则，不生成网站。有错误时退出码为 1。")
final class CheckCommand implements Callable<Integer> {

    enum Format { text, json }

    @Mixin
    CommonOptions common = new CommonOptions();

    @Option(names = "--format", defaultValue = "text", description = "输出格式：${COMPLETION-CANDIDATES}（默认 text）")
    Format format;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        BuildConfig config = BuildConfig.of(common.content, common.content.resolveSibling("site"), common.asOfOrToday());
        if (common.themes != null) {
            config = config.withThemes(common.themes);
        }
        CheckResult result = SiteBuilder.check(config);
        switch (format) {
            case json -> FindingPrinter.json(result.findings(), out);
            default -> {
                FindingPrinter.text(result.findings(), out);
                err.println("检查完成：" + result.errors() + " 个错误，" + result.warnings() + " 个警告");
            }
        }
        return result.hasErrors() ? Main.CONTENT_ERRORS : Main.OK;
    }
}
