package org.gongkai.content;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/**
 * Resolves a path written in content (attachment, CSV data, link) against the document's folder and
 * refuses anything that would leave the content folder: absolute paths, Windows paths, {@code ..} past
 * the root, and symbolic links that point outside.
 */
public final class ContentPath {

    private final Path root;
    private final Path realRoot;

    public ContentPath(Path root) throws IOException {
        this.root = root.toAbsolutePath().normalize();
        this.realRoot = this.root.toRealPath();
    }

    public Path root() {
        return root;
    }

    /** The outcome: a path inside content/, or the reason (in Chinese) it was refused. */
    public record Resolved(Path path, String refusal) {
        public boolean ok() {
            return refusal == null;
        }
    }

    public Resolved resolve(Path documentDir, String written) {
        String w = written.strip();
        if (w.isEmpty()) {
            return new Resolved(null, "路径为空");
        }
        if (w.indexOf('\\') >= 0 || w.matches("^[A-Za-z]:.*")) {
            return new Resolved(null, "路径“" + w + "”是 Windows 写法，请用 / 分隔的相对路径");
        }
        if (w.startsWith("/") || w.startsWith("~")) {
            return new Resolved(null, "路径“" + w + "”是绝对路径，只能引用 content/ 内的文件（写相对路径）");
        }
        if (w.indexOf('\0') >= 0) {
            return new Resolved(null, "路径含有非法字符");
        }
        Path p;
        try {
            p = documentDir.resolve(w).normalize();
        } catch (InvalidPathException e) {
            return new Resolved(null, "路径“" + w + "”无效");
        }
        if (!p.startsWith(root)) {
            return new Resolved(null, "路径“" + w + "”指向 content/ 之外，不允许");
        }
        if (Files.exists(p, LinkOption.NOFOLLOW_LINKS)) {
            try {
                if (!p.toRealPath().startsWith(realRoot)) {
                    return new Resolved(null, "“" + w + "”是指向 content/ 之外的符号链接，不允许");
                }
            } catch (IOException e) {
                return new Resolved(null, "无法读取“" + w + "”：" + e.getMessage());
            }
        }
        return new Resolved(p, null);
    }

    /** The path relative to content/, with forward slashes, as findings print it. */
    public String relative(Path p) {
        return root.relativize(p.toAbsolutePath().normalize()).toString().replace('\\', '/');
    }
}
