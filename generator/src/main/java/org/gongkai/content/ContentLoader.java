package org.gongkai.content;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Reads content/ as CONTENT-MODEL.md defines it. Goes on past every problem and reports them all; a
 * file that cannot be read becomes a finding, never a silent gap. This class finds the files and
 * puts the content together; the readers do the reading: {@link SettingsReader} (site.yaml,
 * taxonomies.yaml, synonyms.txt), {@link DocumentReader} with {@link DetailsReader} (one document
 * file) and {@link CsvTables}.
 */
public final class ContentLoader {

    /** Larger Markdown files are refused: a township document is never megabytes of text. */
    public static final long MAX_MARKDOWN_BYTES = 4L * 1024 * 1024;

    private static final SizeLimit MARKDOWN_LIMIT =
            new SizeLimit("file-too-large", MAX_MARKDOWN_BYTES, 1024 * 1024, "MB");

    public static final long MAX_CSV_BYTES = 16L * 1024 * 1024;
    public static final int MAX_CSV_ROWS = 100_000;

    private final DocumentReader documents = new DocumentReader();

    /**
     * @throws IOException when the content folder itself cannot be read (a usage error, not a
     *     content error)
     */
    public Content load(Path contentDir) throws IOException {
        return load(contentDir, new ConcurrentHashMap<>());
    }

    /**
     * Like {@link #load(Path)}, but a document file already in {@code reuse} (keyed by its path
     * relative to content/) is not read again, and every file read is put there. The preview server
     * keeps this map between rebuilds and removes the entries of files that changed, so an edit
     * re-reads one file.
     */
    public Content load(Path contentDir, ConcurrentMap<String, Loaded> reuse) throws IOException {
        return load(contentDir, reuse, new DocumentFiles());
    }

    /**
     * Like {@link #load(Path, java.util.concurrent.ConcurrentMap)}, finding the document files
     * through {@code listing}, which the caller keeps up to date between loads (see {@link
     * DocumentFiles}).
     */
    public Content load(Path contentDir, ConcurrentMap<String, Loaded> reuse, DocumentFiles listing)
            throws IOException {
        if (!Files.isDirectory(contentDir)) {
            throw new IOException("内容目录不存在：" + contentDir);
        }
        ContentPath paths = new ContentPath(DocumentFiles.walkedRoot(contentDir));
        List<Finding> findings = new ArrayList<>();
        SiteConfig site = SettingsReader.site(paths, findings);
        Taxonomy taxonomy = WordListsReader.taxonomy(paths, findings);
        List<List<String>> synonyms = WordListsReader.synonyms(paths, findings);
        StandardCatalog catalog = CatalogReader.read(paths, findings);

        List<Source> files = markdownFiles(paths, findings, listing);
        List<Loaded> loaded =
                Parallel.map(
                        files,
                        f ->
                                reuse.computeIfAbsent(
                                        f.relative(), rel -> loadDocument(paths, f.file())));
        List<Document> documents = new ArrayList<>();
        for (Loaded l : loaded) {
            findings.addAll(l.findings());
            l.document().ifPresent(documents::add);
        }
        duplicateIds(documents, findings);
        findings.sort(Finding.ORDER);
        return new Content(site, taxonomy, synonyms, documents, findings, catalog);
    }

    /**
     * One document file as read: the document if it could be made, and what was wrong with the
     * file.
     */
    public record Loaded(Optional<Document> document, List<Finding> findings) {
        public Loaded {
            findings = List.copyOf(findings);
        }
    }

    /**
     * A document file found by the walk, and its path relative to content/ (the key findings and
     * reuse use).
     */
    private record Source(Path file, String relative) {}

    private static List<Source> markdownFiles(
            ContentPath paths, List<Finding> findings, DocumentFiles listing) throws IOException {
        Set<String> folders = new HashSet<>();
        for (DocumentType t : DocumentType.values()) {
            folders.add(t.folder());
        }
        List<Source> out = new ArrayList<>();
        // every candidate is under the walk's root: its relative path is the rest of its name
        // (serve walks 10,000 files after each edit, and Path.relativize allocated a kilobyte a
        // file)
        int rootLength = paths.root().toString().length() + 1;
        for (Map.Entry<Path, Boolean> candidate : listing.under(paths.root()).entrySet()) {
            Path p = candidate.getKey();
            String rel = p.toString().substring(rootLength).replace('\\', '/');
            if (rel.startsWith(".") || rel.contains("/.")) {
                continue; // hidden files are not content
            }
            int slash = rel.indexOf('/');
            if (slash < 0) {
                if (!rel.equalsIgnoreCase("README.md")) {
                    findings.add(
                            Finding.warning(
                                    "unknown-folder",
                                    SourceRef.file(rel),
                                    "文件不在任何栏目文件夹中（policies/、notices/ 等），不会发布"));
                }
                continue;
            }
            if (!folders.contains(rel.substring(0, slash))) {
                findings.add(
                        Finding.warning(
                                "unknown-folder",
                                SourceRef.file(rel),
                                "“"
                                        + rel.substring(0, slash)
                                        + "/”不是已知的栏目文件夹，文件不会发布；可用的文件夹："
                                        + String.join("、", new TreeSet<>(folders))));
                continue;
            }
            if (candidate.getValue()
                    && paths.link(paths.root(), rel) instanceof LinkTarget.Refused) {
                findings.add(
                        Finding.error(
                                "path-outside-content",
                                SourceRef.file(rel),
                                "这是指向 content/ 之外的符号链接，不允许"));
                continue;
            }
            out.add(new Source(p, rel));
        }
        return out;
    }

    private Loaded loadDocument(ContentPath paths, Path file) {
        String rel = paths.relative(file);
        List<Finding> findings = new ArrayList<>();
        Optional<Document> doc = Optional.empty();
        try {
            doc = readDocument(paths, file, rel, findings);
        } catch (IOException e) {
            findings.add(
                    Finding.error(
                            "file-unreadable", SourceRef.file(rel), "无法读取文件：" + e.getMessage()));
        }
        return new Loaded(doc, findings);
    }

    private Optional<Document> readDocument(
            ContentPath paths, Path file, String rel, List<Finding> findings) throws IOException {
        SourceRef top = SourceRef.file(rel);
        if (!MARKDOWN_LIMIT.admits(file, top, "文件", "；请把大段数据放进附件", findings)) {
            return Optional.empty();
        }
        return fromBytes(paths, file, rel, Files.readAllBytes(file), findings);
    }

    /**
     * One document from its bytes (already known to be within the size limit). Also the fuzz
     * target's entry: every problem becomes a finding, and nothing but an {@link Error} escapes.
     */
    Optional<Document> fromBytes(
            ContentPath paths, Path file, String rel, byte[] bytes, List<Finding> findings) {
        return documents.read(paths, file, rel, bytes, findings);
    }

    @SuppressWarnings(
            "ReferenceEquality") // keeps the first document of each id: that object, by identity
    private static void duplicateIds(List<Document> documents, List<Finding> findings) {
        Map<String, Document> seen = new LinkedHashMap<>();
        List<Document> sorted = new ArrayList<>(documents);
        sorted.sort(Comparator.comparing(d -> d.source().file()));
        for (Document d : sorted) {
            Document first = seen.putIfAbsent(d.id(), d);
            if (first != null) {
                findings.add(
                        Finding.error(
                                "id-duplicate",
                                d.source(),
                                "编号“"
                                        + d.id()
                                        + "”已被 "
                                        + first.source().file()
                                        + " 使用；编号（文件名）在全站必须唯一"));
            }
        }
        documents.removeIf(d -> seen.get(d.id()) != d);
    }
}
