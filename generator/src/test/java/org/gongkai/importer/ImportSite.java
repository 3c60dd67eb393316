package org.gongkai.importer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.gongkai.content.DocumentType;
import org.gongkai.testing.Repo;

/**
 * A small content folder for import tests: the sample site's settings and taxonomy, no documents.
 */
final class ImportSite {

    private ImportSite() {}

    static Path create(Path dir) throws IOException {
        Path content = dir.resolve("content");
        Files.createDirectories(content);
        Files.copy(Repo.content().resolve("site.yaml"), content.resolve("site.yaml"));
        Files.copy(Repo.content().resolve("taxonomies.yaml"), content.resolve("taxonomies.yaml"));
        return content;
    }

    static DocumentImport.Result importInto(Path content, Path source) throws Exception {
        return DocumentImport.run(
                new DocumentImport.Request(
                        source, DocumentType.POLICY, content, Repo.AS_OF, false));
    }
}
