package org.gongkai.content;

import java.util.Locale;

/**
 * 附件: a file beside the document. {@code path} is relative to the content folder and has been
 * checked to stay inside it; {@code size} is in bytes, -1 when the file is missing.
 */
public record Attachment(String file, String title, String path, long size, SourceRef where) {

    public boolean exists() {
        return size >= 0;
    }

    /** The file type residents see next to the link (PDF, DOCX …). */
    public String kind() {
        int dot = file.lastIndexOf('.');
        return dot < 0 ? "文件" : file.substring(dot + 1).toUpperCase(Locale.ROOT);
    }
}
