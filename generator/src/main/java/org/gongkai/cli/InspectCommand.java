package org.gongkai.cli;

import java.nio.file.Path;
import java.util.List;
import org.gongkai.platform.PlatformInspector;
import org.gongkai.platform.PlatformLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code gongkai inspect --content PLATFORM --out DIR}: the county inspector's table of every
 * column.
 */
@Command(
        name = "inspect",
        description = "为县政务公开办生成各栏目的检查表（index.html、inspection.json、inspection.csv），不属于发布的网站。")
final class InspectCommand extends Subcommand {

    @Mixin CommonOptions common = new CommonOptions();

    @Option(
            names = "--out",
            defaultValue = "inspection",
            paramLabel = "DIR",
            description = "输出目录（默认 ${DEFAULT-VALUE}）")
    Path out;

    @Override
    public Integer call() throws Exception {
        if (notPlatform(common)) {
            return Main.USAGE;
        }
        var loaded = PlatformLoader.load(common.content);
        String title = loaded.platform().map(p -> p.name() + " " + p.column()).orElse("平台");
        PlatformInspector.Report report =
                PlatformInspector.write(
                        PlatformCommands.config(common, out, List.of(), err()), title);
        FindingPrinter.text(report.platformFindings(), out());
        long attention = report.columns().stream().filter(c -> c.needsAttention()).count();
        err().println(
                        "检查表已写入 "
                                + out
                                + "："
                                + report.columns().size()
                                + " 个栏目，"
                                + attention
                                + " 个需要跟进");
        return report.platformFindings().stream().anyMatch(f -> f.isError())
                ? Main.CONTENT_ERRORS
                : Main.OK;
    }
}
