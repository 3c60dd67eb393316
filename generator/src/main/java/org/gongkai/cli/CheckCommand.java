package org.gongkai.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.gongkai.build.BuildConfig;
import org.gongkai.build.CheckResult;
import org.gongkai.build.SiteBuilder;
import org.gongkai.check.ReviewDue;
import org.gongkai.check.Rule;
import org.gongkai.check.Rules;
import org.gongkai.check.SafeFixes;
import org.gongkai.content.Document;
import org.gongkai.content.Finding;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code gongkai check}: load and validate, write nothing. */
@Command(name = "check", description = "检查内容是否符合公开规则，不生成网站。有错误时退出码为 1。")
final class CheckCommand extends ContentCommand {

    enum Format {
        text,
        json,
        sarif
    }

    @Option(
            names = "--format",
            defaultValue = "text",
            description = "输出格式：${COMPLETION-CANDIDATES}（默认 text；sarif 供 GitHub 在合并请求上标注问题）")
    Format format;

    @Option(names = "--review", description = "只列出公开属性复审日期（review_by）已到的依申请公开、不予公开文件")
    boolean review;

    @Option(
            names = "--fix",
            description = "修正排版问题（段落断开、半角序号、多余空格、标题级别），直接改写 Markdown 文件并显示改动；" + "措辞等其他问题仍由编辑人员修改")
    boolean fix;

    @Option(names = "--rules", description = "列出全部检查规则的编号和说明，不检查内容")
    boolean rules;

    @Override
    int run(PrintWriter out, PrintWriter err) throws Exception {
        if (rules) {
            for (Rule r : Rules.listed()) {
                out.println(r.id() + "\t" + r.description());
            }
            return Main.OK;
        }
        if (isPlatform()) {
            if (review) {
                err.println(
                        "gongkai: --review 按栏目列出，请对栏目目录运行（例如 --content "
                                + common.content
                                + "/columns/c001）；全平台复审逾期的文件数见 gongkai inspect");
                return Main.USAGE;
            }
            return PlatformCommands.check(common, format, out, err);
        }
        // progress on stderr like build's, so --quiet leaves only the findings and the summary
        BuildConfig config = common.options().config(CommonOptions.lines(err));
        CheckResult result = SiteBuilder.check(config);
        if (fix) {
            if (fix(result, out, err) > 0) {
                result = SiteBuilder.check(config); // what is left for the editor
            }
        }
        if (review) {
            return review(result, out, err);
        }
        print(
                format,
                result.findings(),
                common.content,
                out,
                err,
                "检查完成：" + result.errors() + " 个错误，" + result.warnings() + " 个警告");
        return result.hasErrors() ? Main.CONTENT_ERRORS : Main.OK;
    }

    /**
     * The findings in {@code format}, for a site and a platform alike; the text format ends with
     * the one-line {@code summary} on stderr (JSON and SARIF are read by programs, whole).
     */
    static void print(
            Format format,
            List<Finding> findings,
            Path content,
            PrintWriter out,
            PrintWriter err,
            String summary)
            throws IOException {
        switch (format) {
            case json -> FindingPrinter.json(findings, out);
            case sarif ->
                    SarifReport.write(findings, Rules.listed(), SarifReport.prefixOf(content), out);
            default -> {
                FindingPrinter.text(findings, out);
                err.println(summary);
            }
        }
    }

    /**
     * Applies the safe repairs (see {@link SafeFixes}) to every file with a finding they cover,
     * printing each change as a unified diff. A file is replaced whole (written beside it, then
     * moved), never half-written.
     */
    private int fix(CheckResult result, PrintWriter out, PrintWriter err) throws IOException {
        Set<String> files = new TreeSet<>();
        result.findings().stream()
                .filter(f -> SafeFixes.RULES.contains(f.ruleId()))
                .forEach(f -> files.add(f.where().file()));
        int repairs = 0;
        int changed = 0;
        for (Document d : result.model().documents()) {
            if (!files.contains(d.source().file())) {
                continue;
            }
            Path path = common.content.resolve(d.source().file());
            String text = Files.readString(path);
            SafeFixes.Fixed f = SafeFixes.fix(d, text);
            if (!f.changed()) {
                continue;
            }
            out.print(SafeFixes.diff(d.source().file(), f.before(), f.after()));
            Path tmp = path.resolveSibling("." + path.getFileName() + ".fix");
            Files.writeString(tmp, f.after());
            Files.move(
                    tmp, path, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            repairs += f.repairs();
            changed++;
        }
        out.flush();
        err.println(
                changed == 0
                        ? "没有可以自动修正的排版问题"
                        : "已自动修正 " + repairs + " 处排版问题（" + changed + " 个文件），改动如上；措辞等其他问题请编辑人员修改");
        return changed;
    }

    /**
     * The periodic attribute review the work plan asks for: every 依申请公开 / 不予公开 document whose
     * review_by date has passed, earliest first. Exit 0 — a due review is work to do, not a broken
     * build.
     */
    private Integer review(CheckResult result, PrintWriter out, PrintWriter err) throws Exception {
        List<Finding> due =
                result.findings().stream().filter(f -> f.ruleId().equals("review-due")).toList();
        switch (format) {
            case json -> FindingPrinter.json(due, out);
            case sarif ->
                    SarifReport.write(
                            due, Rules.listed(), SarifReport.prefixOf(common.content), out);
            default -> {
                for (Document d : ReviewDue.due(result.model())) {
                    out.println(
                            d.reviewBy().orElseThrow()
                                    + "\t"
                                    + d.effectiveDisclosure().label()
                                    + "\t"
                                    + d.at("review_by")
                                    + "\t《"
                                    + d.title()
                                    + "》");
                }
                out.flush();
                err.println(
                        due.isEmpty()
                                ? "没有到期需复审公开属性的文件（截至 " + result.model().asOf() + "）"
                                : due.size()
                                        + " 个文件的公开属性复审日期已到（截至 "
                                        + result.model().asOf()
                                        + "）：请逐件复审，"
                                        + "可以公开的改为 disclosure: 主动公开");
            }
        }
        return Main.OK;
    }
}
