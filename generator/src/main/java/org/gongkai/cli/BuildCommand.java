package org.gongkai.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.gongkai.build.BuildConfig;
import org.gongkai.build.BuildResult;
import org.gongkai.build.SiteBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code gongkai build}: check, then render the site; on errors the previous site stays as it was.
 */
@Command(name = "build", description = "检查内容并生成网站。有错误时不改动原有网站，退出码为 1。")
final class BuildCommand extends ContentCommand {

    @Mixin OutputFolder output = new OutputFolder("site");

    @Option(
            names = "--incremental",
            description =
                    "只重新生成有变化的页面，其余取自上次构建的输出目录"
                            + "（记录在输出目录旁的 .gongkai-cache/ 中；CI 缓存输出目录和 .gongkai-cache/ 时使用）")
    boolean incremental;

    @Option(
            names = "--columns",
            split = ",",
            paramLabel = "ID,ID",
            description = "平台：只构建这些栏目（部分构建，" + "之后用 assemble 拼合）")
    List<String> columns = List.of();

    @Override
    int run(PrintWriter stdout, PrintWriter err) throws Exception {
        if (isPlatform()) {
            return PlatformCommands.build(common, output.folder, columns, incremental, stdout, err);
        }
        if (!columns.isEmpty()) {
            err.println("gongkai: --columns 只用于平台目录（含 platform.yaml）");
            return Main.USAGE;
        }
        BuildConfig config =
                common.options(output.folder)
                        .config(CommonOptions.lines(err))
                        .withIncremental(incremental);
        BuildResult result = SiteBuilder.build(config);
        FindingPrinter.text(result.findings(), stdout);
        long errors = result.findings().stream().filter(f -> f.isError()).count();
        long warnings = result.findings().size() - errors;
        if (!result.written()) {
            err.println(
                    "构建失败：" + errors + " 个错误，" + warnings + " 个警告；原有网站 " + output.folder + " 未改动");
            return Main.CONTENT_ERRORS;
        }
        err.println(
                "构建完成："
                        + result.documents()
                        + " 个文件，"
                        + result.pages()
                        + " 个页面"
                        + (incremental ? "（" + result.pagesReused() + " 个未变，取自上次构建）" : "")
                        + "，"
                        + result.files()
                        + " 个输出文件（"
                        + result.bytes() / 1024
                        + " KB），"
                        + ending(warnings, result.elapsed(), output.folder));
        return Main.OK;
    }

    /** How a finished build's line ends, for a site and a platform alike. */
    static String ending(long warnings, Duration elapsed, Path out) {
        return warnings + " 个警告，用时 " + elapsed.toMillis() + " ms → " + out;
    }
}
