package org.gongkai.cli;

import java.io.PrintWriter;
import java.util.List;
import org.gongkai.platform.PlatformInspector;
import org.gongkai.platform.PlatformLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code gongkai inspect --content PLATFORM --out DIR}: the county inspector's table of every
 * column.
 */
@Command(
        name = "inspect",
        description = "为县政务公开办生成各栏目的检查表（index.html、inspection.json、inspection.csv），不属于发布的网站。")
final class InspectCommand extends ContentCommand {

    @Mixin OutputFolder output = new OutputFolder("inspection");

    @Override
    int run(PrintWriter out, PrintWriter err) throws Exception {
        if (notPlatform(err)) {
            return Main.USAGE;
        }
        var loaded = PlatformLoader.load(common.content);
        String title = loaded.platform().map(p -> p.name() + " " + p.column()).orElse("平台");
        PlatformInspector.Report report =
                PlatformInspector.write(
                        PlatformCommands.config(common, output.folder, List.of(), err), title);
        FindingPrinter.text(report.platformFindings(), out);
        long attention = report.columns().stream().filter(c -> c.needsAttention()).count();
        err.println(
                "检查表已写入 "
                        + output.folder
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
