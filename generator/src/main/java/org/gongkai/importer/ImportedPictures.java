package org.gongkai.importer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.gongkai.content.Finding;
import org.gongkai.content.SourceRef;

/** The pictures an import takes out of the document, written beside it, and their alt text. */
final class ImportedPictures {

    private ImportedPictures() {}

    /** Each picture beside the document as {@code <name>-图N.png}; their file names, in order. */
    static List<String> write(OfficialDocument doc, Path file) throws IOException {
        String stem = file.getFileName().toString().replaceFirst("\\.md$", "");
        List<String> names = new ArrayList<>();
        for (int n = 1; n <= doc.pictures().size(); n++) {
            Picture p = doc.pictures().get(n - 1);
            String name = stem + "-图" + n + "." + p.extension();
            Files.write(file.resolveSibling(name), p.data());
            names.add(name);
        }
        return names;
    }

    /** A warning at each picture's line: its alt text is still the placeholder the import wrote. */
    static List<Finding> findings(OfficialDocument doc, Path file, String relative)
            throws IOException {
        List<Finding> out = new ArrayList<>();
        if (doc.pictures().isEmpty()) {
            return out;
        }
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int n = 1; n <= doc.pictures().size(); n++) {
            String alt = "![" + MarkdownWriter.altPlaceholder(n) + "]";
            for (int l = 0; l < lines.size(); l++) {
                int col = lines.get(l).indexOf(alt);
                if (col >= 0) {
                    out.add(
                            Finding.warning(
                                    "image-alt-missing",
                                    new SourceRef(relative, l + 1, col + 1),
                                    "图"
                                            + n
                                            + "是从原件（"
                                            + doc.pictures().get(n - 1).origin()
                                            + "）导入的图片，还没有替代文字："
                                            + "请把“"
                                            + MarkdownWriter.altPlaceholder(n)
                                            + "”改为图片内容的说明，供读屏软件朗读"));
                    break;
                }
            }
        }
        return out;
    }

    /** What the editor must write for each picture: its alt text. */
    static List<String> toFill(OfficialDocument doc, List<String> pictureFiles) {
        List<String> out = new ArrayList<>();
        for (int n = 1; n <= pictureFiles.size(); n++) {
            out.add(
                    "图"
                            + n
                            + "（原在"
                            + doc.pictures().get(n - 1).origin()
                            + "）已存为 "
                            + pictureFiles.get(n - 1)
                            + "：请把“"
                            + MarkdownWriter.altPlaceholder(n)
                            + "”改为图片内容的说明（替代文字）");
        }
        return out;
    }
}
