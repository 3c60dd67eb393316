package org.gongkai.cli;

import java.io.PrintWriter;
import java.nio.file.FileAlreadyExistsException;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;
import org.gongkai.content.DocumentType;
import org.gongkai.content.Scaffold;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code gongkai new policy "标题"}: a new document file with every key its type needs, explained.
 */
@Command(name = "new", description = "新建一份文件：放在正确的栏目和年份文件夹，填好今天的日期和本年下一个索引号，每个字段都有中文说明。")
final class NewCommand extends ContentCommand {

    @Parameters(
            index = "0",
            paramLabel = "TYPE",
            description =
                    "类型：policy（政策文件）、interpretation（政策解读）、decision（重大行政决策）、consultation（意见征集）、"
                            + "notice（通知公告）、publicity（公示）、page（固定页面）、report（年度报告）")
    String type;

    @Parameters(index = "1", paramLabel = "标题", description = "文件标题")
    String title;

    @Option(
            names = "--id",
            paramLabel = "ID",
            description = "文件编号（文件名，不带 .md），例如 anzhengfa-2026-16；默认自动编号")
    String id;

    @Option(names = "--interprets", paramLabel = "ID", description = "政策解读：所解读政策文件的编号")
    String interprets;

    @Override
    int run(PrintWriter out, PrintWriter err) throws Exception {
        Optional<DocumentType> t = DocumentType.byKey(type);
        if (t.isEmpty()) {
            err.println(
                    "没有“"
                            + type
                            + "”这种类型，可用："
                            + Arrays.stream(DocumentType.values())
                                    .map(DocumentType::key)
                                    .collect(Collectors.joining("、")));
            return Main.USAGE;
        }
        try {
            Scaffold.Created c =
                    Scaffold.write(
                            common.content,
                            t.get(),
                            title,
                            common.asOfOrToday(),
                            Optional.ofNullable(id),
                            Optional.ofNullable(interprets));
            out.println(c.file());
            err.println(
                    "已新建"
                            + t.get().label()
                            + "，索引号 "
                            + c.indexNo()
                            + "；请填写："
                            + String.join("、", c.toFill()));
            return Main.OK;
        } catch (FileAlreadyExistsException e) {
            err.println("文件已存在，没有覆盖：" + e.getFile());
            return Main.USAGE;
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            return Main.USAGE;
        }
    }
}
