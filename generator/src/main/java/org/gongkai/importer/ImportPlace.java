package org.gongkai.importer;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.gongkai.content.Content;
import org.gongkai.content.Document;
import org.gongkai.content.DocumentType;
import org.gongkai.content.IndexNumber;
import org.gongkai.content.IndexScheme;

/** Where an imported document goes under content/, and the 索引号 it takes there. */
final class ImportPlace {

    private ImportPlace() {}

    /**
     * The file for the slug. A 文号 names one document: a file already there is the same document
     * imported before, and is only replaced when asked. Date-named files take the next free suffix.
     */
    static Path file(
            Path folder,
            String slug,
            boolean fromDocNumber,
            Content existing,
            DocumentImport.Request request)
            throws IOException {
        for (int n = 1; ; n++) {
            String name = n == 1 ? slug : slug + "-" + n;
            Path file = folder.resolve(name + ".md");
            // the same id anywhere in the site (another year's folder) is the same document too
            Optional<Path> other =
                    existing.documents().stream()
                            .filter(
                                    d ->
                                            d.id().equals(name)
                                                    && !sameFile(d, request.content(), file))
                            .map(d -> request.content().resolve(d.source().file()))
                            .findFirst();
            Path taken = Files.exists(file) ? file : other.orElse(null);
            if (taken == null) {
                return file;
            }
            if (request.overwrite() && fromDocNumber) {
                return taken; // replaced where it is, so links and the 索引号 stay
            }
            if (fromDocNumber) {
                throw new FileAlreadyExistsException(
                        relative(request.content(), taken),
                        null,
                        (folder.getFileName().toString().equals(DocumentType.REPORT.folder())
                                        ? "这一年的年度报告已经有了"
                                        : "这个文号的文件已经导入过")
                                + "；要用新导入的内容替换它，请加 --force");
            }
        }
    }

    /** {@code file}'s path under content/, as findings name it. */
    static String relative(Path content, Path file) {
        return content.toAbsolutePath()
                .normalize()
                .relativize(file.toAbsolutePath().normalize())
                .toString()
                .replace('\\', '/');
    }

    /**
     * The replaced file's own 索引号 when --force replaces one (a re-import is the same document, and
     * its number may already be printed in the catalogue); else the year's next free number.
     */
    static Optional<String> indexNumber(
            Path content, Content existing, Path file, LocalDate published) throws IOException {
        IndexScheme scheme = existing.site().indexScheme();
        if (scheme.code() == null || scheme.code().isBlank()) {
            return Optional.empty();
        }
        if (Files.isRegularFile(file)) {
            Optional<String> kept = IndexNumber.written(file);
            if (kept.isPresent()) {
                return kept;
            }
        }
        return Optional.of(IndexNumber.next(content, scheme, published).in(scheme));
    }

    private static boolean sameFile(Document d, Path content, Path file) {
        return content.resolve(d.source().file())
                .toAbsolutePath()
                .normalize()
                .equals(file.toAbsolutePath().normalize());
    }
}
