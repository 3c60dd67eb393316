package org.gongkai.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.gongkai.content.DocumentType;
import org.gongkai.content.Finding;
import org.gongkai.importer.DocumentImport;
import org.gongkai.importer.OfficialDocument;
import org.gongkai.importer.UnreadableDocument;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code gongkai import FILE}: a .docx or PDF to a checked content file. */
@Command(
        name = "import",
        description = {
            "把 Word（.docx，含 WPS 另存的 .docx）或 PDF 公文导入为内容文件：识别文号、标题、发文机关、成文日期、"
                    + "公开属性和附件，整理正文结构，写入 content/ 下对应的文件夹，并立即检查新文件。",
            "退出码：0 已导入且无错误；1 已导入但检查有错误（按提示补全）；2 文件无法读取或用法错误。"
        })
final class ImportCommand extends ContentCommand {

    @Parameters(
            index = "0",
            paramLabel = "FILE",
            description = "要导入的 .docx 或 .pdf 文件，或放着这些文件的文件夹（逐个导入，最后列一张汇总表）")
    Path source;

    @Option(
            names = "--type",
            paramLabel = "TYPE",
            description =
                    "文件类型：policy（政策文件）、report（年度报告）、notice、interpretation、consultation、decision、"
                            + "publicity；不写时标题为“××××年政府信息公开工作年度报告”的按 report，其余按 policy")
    String type;

    @Option(names = "--force", description = "同一文号的文件已存在时用新导入的内容替换它")
    boolean force;

    @Override
    int run(PrintWriter out, PrintWriter err) {
        DocumentType t = type == null ? null : DocumentType.byKey(type).orElse(null);
        if (type != null && (t == null || t == DocumentType.PAGE)) {
            err.println(
                    "gongkai import：不支持的类型“"
                            + type
                            + "”；可用 policy、report、notice、interpretation、consultation、"
                            + "decision、publicity");
            return Main.USAGE;
        }
        if (Files.isDirectory(source)) {
            return folder(t, out, err);
        }
        DocumentImport.Result r;
        try {
            r =
                    DocumentImport.run(
                            new DocumentImport.Request(
                                    source, t, common.content, common.asOfOrToday(), force),
                            common.options().themes());
        } catch (UnreadableDocument e) {
            err.println("gongkai import：" + e.getMessage());
            return Main.USAGE;
        } catch (FileAlreadyExistsException e) {
            err.println("gongkai import：" + e.getFile() + " 已存在。" + e.getReason());
            return Main.USAGE;
        } catch (IOException e) {
            err.println(
                    "gongkai import：" + (e.getMessage() == null ? e.toString() : e.getMessage()));
            return Main.USAGE;
        }
        long errors = r.findings().stream().filter(f -> f.isError()).count();
        String summary =
                r.findings().isEmpty()
                        ? "没有发现问题"
                        : errors
                                + " 个错误，"
                                + (r.findings().size() - errors)
                                + " 个警告；请按提示修改 "
                                + r.relative();
        if (common.quiet) {
            // --quiet: the findings and one summary line, as check --quiet prints
            FindingPrinter.text(r.findings(), out);
            out.println("已写入 " + r.relative() + "：" + summary);
            return r.hasErrors() ? Main.CONTENT_ERRORS : Main.OK;
        }
        out.println("已写入 " + r.relative());
        section(out, "识别出的内容（← 来源）", r.summary().recognised());
        section(out, "需要编辑补充或核对", r.summary().toFill());
        section(out, "正文整理", r.summary().repairs());
        out.println();
        out.println("检查新文件：");
        FindingPrinter.text(r.findings(), out);
        out.println("  " + summary);
        return r.hasErrors() ? Main.CONTENT_ERRORS : Main.OK;
    }

    /** Documents the import reads, by name; anything else in the folder is listed as skipped. */
    private static final Pattern DOCUMENT = Pattern.compile("(?i).+\\.(docx|pdf|wps|doc)$");

    /**
     * {@code gongkai import FOLDER}: every document in the folder (not its subfolders), in name
     * order, then one table: file, type, fields found, findings. A file that cannot be read stops
     * nothing.
     */
    private Integer folder(DocumentType t, PrintWriter out, PrintWriter err) {
        List<Path> files;
        try (Stream<Path> list = Files.list(source)) {
            files =
                    list.filter(Files::isRegularFile)
                            .filter(
                                    f ->
                                            DOCUMENT.matcher(f.getFileName().toString()).matches()
                                                    && !f.getFileName()
                                                            .toString()
                                                            .startsWith("~$")) // Word's lock files
                            .sorted()
                            .toList();
        } catch (IOException e) {
            err.println("gongkai import：无法读取文件夹 " + source + "：" + e.getMessage());
            return Main.USAGE;
        }
        if (files.isEmpty()) {
            err.println("gongkai import：文件夹 " + source + " 中没有 .docx 或 .pdf 文件");
            return Main.USAGE;
        }
        List<String[]> rows = new ArrayList<>();
        List<Finding> all = new ArrayList<>();
        int status = Main.OK;
        for (Path f : files) {
            String name = f.getFileName().toString();
            try {
                DocumentImport.Result r =
                        DocumentImport.run(
                                new DocumentImport.Request(
                                        f, t, common.content, common.asOfOrToday(), force),
                                common.options().themes());
                long errors = r.findings().stream().filter(x -> x.isError()).count();
                rows.add(
                        new String[] {
                            name,
                            r.relative(),
                            fields(r.document()),
                            errors + " 个错误，" + (r.findings().size() - errors) + " 个警告"
                        });
                all.addAll(r.findings());
                if (r.hasErrors()) {
                    status = Math.max(status, Main.CONTENT_ERRORS);
                }
            } catch (UnreadableDocument e) {
                rows.add(new String[] {name, "未导入", "", e.getMessage()});
                status = Main.USAGE;
            } catch (FileAlreadyExistsException e) {
                rows.add(new String[] {name, "未导入", "", e.getFile() + " 已存在（加 --force 替换）"});
                status = Main.USAGE;
            } catch (IOException e) {
                rows.add(new String[] {name, "未导入", "", String.valueOf(e.getMessage())});
                status = Main.USAGE;
            }
        }
        if (!common.quiet) {
            out.println("| 文件 | 写入 | 识别出的字段 | 检查 |");
            out.println("| --- | --- | --- | --- |");
            for (String[] r : rows) {
                out.println(
                        "| "
                                + String.join(
                                        " | ",
                                        Arrays.stream(r).map(c -> c.replace("|", "/")).toList())
                                + " |");
            }
            out.println();
        }
        FindingPrinter.text(all, out);
        long imported = rows.stream().filter(r -> !r[1].equals("未导入")).count();
        out.println(
                "导入 "
                        + imported
                        + " 个文件，"
                        + (rows.size() - imported)
                        + " 个未导入；"
                        + all.stream().filter(x -> x.isError()).count()
                        + " 个错误，"
                        + all.stream().filter(x -> !x.isError()).count()
                        + " 个警告");
        return status;
    }

    /** The 版头 and signature fields the document showed, as the editor knows them. */
    private static String fields(OfficialDocument d) {
        List<String> found = new ArrayList<>();
        d.title().ifPresent(x -> found.add("标题"));
        d.docNumber().ifPresent(x -> found.add("文号"));
        d.issuer().ifPresent(x -> found.add("发文机关"));
        d.written().ifPresent(x -> found.add("成文日期"));
        d.disclosure().ifPresent(x -> found.add("公开属性"));
        if (!d.attachments().isEmpty()) {
            found.add("附件 " + d.attachments().size() + " 个");
        }
        if (!d.pictures().isEmpty()) {
            found.add("图片 " + d.pictures().size() + " 张");
        }
        return found.isEmpty() ? "（无）" : String.join("、", found);
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
