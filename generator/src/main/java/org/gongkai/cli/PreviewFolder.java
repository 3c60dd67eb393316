package org.gongkai.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.gongkai.publish.AtomicSite;
import picocli.CommandLine.Option;

/**
 * {@code serve --out}: the folder the preview writes into, the one named or else a temporary one
 * removed when the preview stops, so that a preview never touches site/.
 */
final class PreviewFolder {

    @Option(
            names = "--out",
            paramLabel = "DIR",
            description = "预览文件写入的目录（默认一个临时目录，退出时删除；不会改动 site/）")
    Path named;

    /** The folder to write into: the one named, or a new temporary one. */
    Path make() throws IOException {
        return named != null
                ? named
                : Files.createTempDirectory("gongkai-preview-").resolve("site");
    }

    /** Removes {@code folder} when {@link #make} made it temporary; a named folder stays. */
    void removeIfTemporary(Path folder) {
        if (named != null) {
            return;
        }
        try {
            AtomicSite.deleteTree(folder.getParent());
        } catch (IOException e) {
            // a temporary folder left behind is harmless
        }
    }
}
