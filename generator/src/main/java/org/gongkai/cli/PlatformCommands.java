package org.gongkai.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import org.gongkai.platform.Platform;
import org.gongkai.platform.PlatformBuilder;
import org.gongkai.platform.PlatformConfig;
import org.gongkai.platform.PlatformResult;

/**
 * build, check and assemble for a platform folder (one with platform.yaml): the same options, the
 * same exits.
 */
final class PlatformCommands {

    private PlatformCommands() {}

    static boolean isPlatform(Path folder) {
        return Platform.isPlatform(folder);
    }

    static PlatformConfig config(
            CommonOptions common, Path out, List<String> columns, PrintWriter err) {
        return PlatformConfig.of(common.options(out), CommonOptions.lines(err))
                .withColumns(columns);
    }

    static int build(
            CommonOptions common,
            Path out,
            List<String> columns,
            boolean incremental,
            PrintWriter stdout,
            PrintWriter err)
            throws Exception {
        PlatformResult result =
                PlatformBuilder.build(
                        config(common, out, columns, err).withIncremental(incremental));
        return report(
                result,
                columns.isEmpty() ? "平台" : "部分（" + String.join(",", columns) + "）",
                out,
                stdout,
                err);
    }

    static int assemble(
            CommonOptions common, Path out, List<Path> parts, PrintWriter stdout, PrintWriter err)
            throws Exception {
        PlatformResult result =
                PlatformBuilder.assemble(config(common, out, List.of(), err), parts);
        return report(result, "拼合", out, stdout, err);
    }

    static int check(
            CommonOptions common, CheckCommand.Format format, PrintWriter out, PrintWriter err)
            throws Exception {
        PlatformResult result =
                PlatformBuilder.check(
                        config(common, common.content.resolveSibling("site"), List.of(), err));
        long errors = result.errors();
        CheckCommand.print(
                format,
                result.findings(),
                common.content,
                out,
                err,
                "检查完成："
                        + result.columns()
                        + " 个栏目，"
                        + errors
                        + " 个错误，"
                        + (result.findings().size() - errors)
                        + " 个警告");
        return result.hasErrors() ? Main.CONTENT_ERRORS : Main.OK;
    }

    private static int report(
            PlatformResult result, String what, Path out, PrintWriter stdout, PrintWriter err) {
        FindingPrinter.text(result.findings(), stdout);
        long errors = result.errors();
        long warnings = result.findings().size() - errors;
        if (!result.written()) {
            err.println(what + "构建失败：" + errors + " 个错误，" + warnings + " 个警告；原有输出 " + out + " 未改动");
            return Main.CONTENT_ERRORS;
        }
        err.println(
                what
                        + "构建完成："
                        + result.columns()
                        + " 个栏目，"
                        + result.documents()
                        + " 个文件，"
                        + result.pages()
                        + " 个页面，"
                        + BuildCommand.ending(warnings, result.elapsed(), out));
        return Main.OK;
    }
}
