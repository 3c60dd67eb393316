package org.gongkai.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.gongkai.content.DocumentType;
import org.gongkai.importer.DocumentImport;
import org.gongkai.importer.UnreadableDocument;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code gongkai import FILE}: a .docx or PDF to a checked content file. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"把 Word（.docx，含 WPS 另存的 .docx）或 PDF 公文导入为内容文件：识别文号、标题、发文机关、成文日期、"
                + "公开属性和附件，整理正文结构，写入 content/ 下对应的文件夹，并立即检查新文件。",
                "退出码：0 已导入且无错误；1 已导入但检查有错误（按提示补全）；2 文件无法读取或用法错误。"})
final class ImportCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "FILE", description = "要导入的 .docx 或 .pdf 文件")
    Path source;

    @Option(names = "--type", paramLabel = "TYPE",
            description = "文件类型：policy（政策文件）、report（年度报告）、notice、interpretation、consultation、decision、"
                    + "publicity；不写时标题为“××××年政府信息公开工作年度报告”的按 report，其余按 policy")
    String type;

    @Option(names = "--force", description = "同一文号的文件已存在时用新导入的内容替换它")
    boolean force;

    @Mixin
    CommonOptions common = new CommonOptions();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        DocumentType t = type == null ? null : DocumentType.byKey(type).orElse(null);
        if (type != null && (t == null || t == DocumentType.PAGE)) {
            err.println("gongkai import：不支持的类型“" + type + "”；可用 policy、report、notice、interpretation、consultation、"
                    + "decision、publicity");
            return Main.USAGE;
        }
        DocumentImport.Result r;
        try {
            r = DocumentImport.run(new DocumentImport.Request(source, t, common.content, common.asOfOrToday(), force));
        } catch (UnreadableDocument e) {
            err.println("gongkai import：" + e.getMessage());
            return Main.USAGE;
        } catch (FileAlreadyExistsException e) {
            err.println("gongkai import：" + e.getFile() + " 已存在。" + e.getReason());
            return Main.USAGE;
        } catch (IOException e) {
            err.println("gongkai import：" + (e.getMessage() == null ? e.toString() : e.getMessage()));
            return Main.USAGE;
        }
        long errors = r.findings().stream().filter(f -> f.isError()).count();
        String summary = r.findings().isEmpty() ? "没有发现问题"
                : errors + " 个错误，" + (r.findings().size() - errors) + " 个警告；请按提示修改 " + r.relative();
        if (common.quiet) {
            // --quiet: the findings and one summary line, as check --quiet prints
            FindingPrinter.text(r.findings(), out);
            out.println("已写入 " + r.relative() + "：" + summary);
            out.flush();
            return r.hasErrors() ? Main.CONTENT_ERRORS : Main.OK;
        }
        out.println("已写入 " + r.relative());
        section(out, "识别出的内容（← 来源）", r.recognised());
        section(out, "需要编辑补充或核对", r.toFill());
        section(out, "正文整理", r.repairs());
        out.println();
        out.println("检查新文件：");
        FindingPrinter.text(r.findings(), out);
        out.println("  " + summary);
        out.flush();
        return r.hasErrors() ? Main.CONTENT_ERRORS : Main.OK;
    }

    private static void section(PrintWriter out, String heading, List<String> lines) {
        if (lines.isEmpty()) {
            return;
        }
        out.println();
        out.println(heading + "：");
        for (String l : lines) {
            out.println("  " + l);
        }
    }
}
