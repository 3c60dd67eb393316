package org.gongkai.content;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A document's {@code attachments:}: each file resolved beside it, refused when it is outside
 * content/, not a kind the site publishes or too large to guard, and typed into an {@link
 * Attachment}.
 */
final class AttachmentReader {

    private AttachmentReader() {}

    /** The files {@code fm}'s {@code attachments:} names beside the document in {@code dir}. */
    static List<Attachment> read(ContentPath paths, Path dir, FrontMatter fm) {
        Object v = fm.raw("attachments");
        if (v == null) {
            return List.of();
        }
        if (!(v instanceof List<?> list)) {
            fm.error(
                    "front-matter-type",
                    fm.at("attachments"),
                    "attachments 应是列表，每项写 {file: 文件名, title: 附件标题}");
            return List.of();
        }
        List<Attachment> out = new ArrayList<>();
        for (Object item : list) {
            SourceRef where = fm.valueAt(item, "attachments");
            String fileName;
            String title;
            if (item instanceof Map<?, ?> m) {
                fileName = m.get("file") == null ? null : String.valueOf(m.get("file"));
                title = m.get("title") == null ? null : String.valueOf(m.get("title"));
            } else if (item instanceof String s) {
                fileName = s;
                title = null;
            } else {
                fm.error("front-matter-type", where, "附件应写成 {file: 文件名, title: 附件标题}");
                continue;
            }
            if (fileName == null || fileName.isBlank()) {
                fm.error("attachment-missing", where, "附件缺少 file：请写附件的文件名");
                continue;
            }
            LinkTarget target = paths.file(dir, fileName);
            if (target instanceof LinkTarget.Refused refused) {
                fm.error(refused.rule(), where, "附件" + refused.reason());
                continue;
            }
            LinkTarget.File r = (LinkTarget.File) target;
            long size = -1;
            try {
                if (r.exists()) {
                    size = Files.size(r.path());
                }
            } catch (IOException e) {
                size = -1;
            }
            if (MediaType.extension(fileName).equals("csv") && size > ContentLoader.MAX_CSV_BYTES) {
                // the site guards every CSV cell before publishing it, which means reading the file
                // whole
                fm.error(
                        "table-too-large",
                        where,
                        "CSV 附件“"
                                + fileName
                                + "”有 "
                                + size / 1024 / 1024
                                + " MB，超过上限 "
                                + ContentLoader.MAX_CSV_BYTES / 1024 / 1024
                                + " MB；请拆分成几个文件，或压缩为 zip 后再附上");
                continue;
            }
            Optional<Finding> wrongType =
                    MediaType.Use.ATTACHMENT.refusal(r.path(), fileName, where);
            if (wrongType.isPresent()) {
                fm.error(wrongType.get().ruleId(), where, wrongType.get().message());
                continue;
            }
            if (MediaType.extension(fileName).equals("csv") && size >= 0) {
                try {
                    CsvTables.warnFormulas(
                            Files.readAllBytes(r.path()), paths.relative(r.path()), fm.findings());
                } catch (IOException e) {
                    // the copy reports an unreadable attachment; the warning is only advice
                }
            }
            String shown =
                    title == null || title.isBlank() ? r.path().getFileName().toString() : title;
            out.add(new Attachment(fileName, shown, r, size, where));
        }
        return out;
    }
}
