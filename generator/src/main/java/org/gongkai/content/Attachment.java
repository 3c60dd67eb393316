package org.gongkai.content;

import java.util.Locale;

/**
 * 附件: a file beside the document. {@code target} is where the loader's one resolver found it
 * (inside the content folder), kept so the renderer copies that file instead of resolving the name
 * again; {@code size} is in bytes, -1 when the file is missing.
 */
public record Attachment(
        String file, String title, LinkTarget.File target, long size, SourceRef where) {

    /** Relative to the content folder, as written (symbolic links not replaced). */
    public String path() {
        return target.relative();
    }

    public boolean exists() {
        return size >= 0;
    }

    /** The file type residents see next to the link (PDF, DOCX …). */
    public String kind() {
        int dot = file.lastIndexOf('.');
        return dot < 0 ? "文件" : file.substring(dot + 1).toUpperCase(Locale.ROOT);
    }
}
