package org.gongkai.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.gongkai.check.ReviewDue;
import org.gongkai.check.Rule;
import org.gongkai.check.Rules;
import org.gongkai.content.Document;
import org.gongkai.content.Finding;
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

    enum Format { text, json, sarif }

    @Mixin
    CommonOptions common = new CommonOptions();

    @Option(names = "--format", defaultValue = "text",
            description = "输出格式：${COMPLETION-CANDIDATES}（默认 text；sarif 供 GitHub 在合并请求上标注问题）")
    Format format;

    @Option(names = "--review", description = "只列出公开属性复审日期（review_by）已到的依申请公开、不予公开文件")
    boolean review;

    @Option(names = "--rules", description = "列出全部检查规则的编号和说明，不检查内容")
    boolean rules;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (rules) {
            for (Rule r : Rules.all()) {
                out.println(r.id() + "\t" + r.description());
            }
            out.flush();
            return Main.OK;
        }
        if (PlatformCommands.isPlatform(common.content)) {
            if (review) {
                err.println("gongkai: --review 按栏目列出，请对栏目目录运行（例如 --content " + common.content
                        + "/columns/c001）；全平台复审逾期的文件数见 gongkai inspect");
                return Main.USAGE;
            }
            return PlatformCommands.check(common, format, out, err);
        }
        BuildConfig config = BuildConfig.of(common.content, common.content.resolveSibling("site"), common.asOfOrToday());
        if (common.themes != null) {
            config = config.withThemes(common.themes);
        }
        CheckResult result = SiteBuilder.check(config);
        if (review) {
            return review(result, out, err);
        }
        switch (format) {
            case json -> FindingPrinter.json(result.findings(), out);
            case sarif -> SarifReport.write(result.findings(), Rules.all(), SarifReport.prefixOf(common.content), out);
            default -> {
                FindingPrinter.text(result.findings(), out);
                err.println("检查完成：" + result.errors() + " 个错误，" + result.warnings() + " 个警告");
            }
        }
        return result.hasErrors() ? Main.CONTENT_ERRORS : Main.OK;
    }

    /**
     * The periodic attribute review the work plan asks for: every 依申请公开 / 不予公开 document whose
     * review_by date has passed, earliest first. Exit 0 — a due review is work to do, not a broken build.
     */
    private Integer review(CheckResult result, PrintWriter out, PrintWriter err) throws Exception {
        List<Finding> due = result.findings().stream().filter(f -> f.ruleId().equals("review-due")).toList();
        switch (format) {
            case json -> FindingPrinter.json(due, out);
            case sarif -> SarifReport.write(due, Rules.all(), SarifReport.prefixOf(common.content), out);
            default -> {
                for (Document d : ReviewDue.due(result.model())) {
                    out.println(d.reviewBy().orElseThrow() + "\t" + d.effectiveDisclosure().label() + "\t"
                            + d.at("review_by") + "\t《" + d.title() + "》");
                }
                out.flush();
                err.println(due.isEmpty() ? "没有到期需复审公开属性的文件（截至 " + result.model().asOf() + "）"
                        : due.size() + " 个文件的公开属性复审日期已到（截至 " + result.model().asOf() + "）：请逐件复审，"
                        + "可以公开的改为 disclosure: 主动公开");
            }
        }
        return Main.OK;
    }
}
