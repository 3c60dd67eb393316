package org.gongkai.content;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads content/ as CONTENT-MODEL.md defines it. Goes on past every problem and reports them all;
 * a file that cannot be read becomes a finding, never a silent gap.
 */
public final class ContentLoader {

    /** Larger Markdown files are refused: a township document is never megabytes of text. */
    public static final long MAX_MARKDOWN_BYTES = 4L * 1024 * 1024;
    public static final long MAX_CSV_BYTES = 16L * 1024 * 1024;
    public static final int MAX_CSV_ROWS = 100_000;

    static final Set<String> COMMON_KEYS = Set.of("title", "published", "disclosure", "withheld_basis", "review_by",
            "index_no", "issuer", "topics", "themes", "keywords", "summary", "attachments", "id", "type");
    static final Map<DocumentType, Set<String>> TYPE_KEYS = Map.of(
            DocumentType.POLICY, Set.of("doc_number", "written", "normative", "valid_from", "valid_until", "validity",
                    "amends", "repeals"),
            DocumentType.INTERPRETATION, Set.of("interprets", "form", "author"),
            DocumentType.DECISION, Set.of("year", "catalog_no", "lead_unit", "status", "stages"),
            DocumentType.CONSULTATION, Set.of("opens", "closes", "channels", "feedback"),
            DocumentType.NOTICE, Set.of("kind"),
            DocumentType.PUBLICITY, Set.of("village", "period_end", "data"),
            DocumentType.PAGE, Set.of("order", "reviewed"),
            DocumentType.REPORT, Set.of("year", "applications", "reviews", "permits", "penalties", "enforcement",
                    "fees", "normative"));
    static final Set<String> SITE_KEYS = Set.of("name", "column", "org_code", "base_url", "site_code", "icp", "psb",
            "contact", "theme", "holidays", "search_endpoint", "search_solr", "workdays", "index_no", "publicity_days", "wording",
            "conac");

    private final MarkdownReader markdown = new MarkdownReader();

    /**
     * @throws IOException when the content folder itself cannot be read (a usage error, not a content error)
     */
    public Content load(Path contentDir) throws IOException {
        return load(contentDir, new java.util.concurrent.ConcurrentHashMap<>());
    }

    /**
     * Like {@link #load(Path)}, but a document file already in {@code reuse} (keyed by its path relative to
     * content/) is not read again, and every file read is put there. The preview server keeps this map
     * between rebuilds and removes the entries of files that changed, so an edit re-reads one file.
     */
    public Content load(Path contentDir, java.util.concurrent.ConcurrentMap<String, Loaded> reuse) throws IOException {
        return load(contentDir, reuse, new DocumentFiles());
    }

    /**
     * Like {@link #load(Path, java.util.concurrent.ConcurrentMap)}, finding the document files through
     * {@code listing}, which the caller keeps up to date between loads (see {@link DocumentFiles}).
     */
    public Content load(Path contentDir, java.util.concurrent.ConcurrentMap<String, Loaded> reuse,
                        DocumentFiles listing) throws IOException {
        if (!Files.isDirectory(contentDir)) {
            throw new IOException("内容目录不存在：" + contentDir);
        }
        ContentPath paths = new ContentPath(DocumentFiles.walkedRoot(contentDir));
        List<Finding> findings = new ArrayList<>();
        SiteConfig site = loadSite(paths, findings);
        Taxonomy taxonomy = loadTaxonomy(paths, findings);
        List<List<String>> synonyms = loadSynonyms(paths, findings);

        List<Source> files = markdownFiles(paths, findings, listing);
        List<Loaded> loaded = Parallel.map(files,
                f -> reuse.computeIfAbsent(f.relative(), rel -> loadDocument(paths, f.file())));
        List<Document> documents = new ArrayList<>();
        for (Loaded l : loaded) {
            findings.addAll(l.findings());
            l.document().ifPresent(documents::add);
        }
        duplicateIds(documents, findings);
        findings.sort(Finding.ORDER);
        return new Content(site, taxonomy, synonyms, documents, findings);
    }

    /** One document file as read: the document if it could be made, and what was wrong with the file. */
    public record Loaded(Optional<Document> document, List<Finding> findings) {
        public Loaded {
            findings = List.copyOf(findings);
        }
    }

    /** A document file found by the walk, and its path relative to content/ (the key findings and reuse use). */
    private record Source(Path file, String relative) {
    }

    private static List<Source> markdownFiles(ContentPath paths, List<Finding> findings, DocumentFiles listing)
            throws IOException {
        Set<String> folders = new HashSet<>();
        for (DocumentType t : DocumentType.values()) {
            folders.add(t.folder());
        }
        List<Source> out = new ArrayList<>();
        // every candidate is under the walk's root: its relative path is the rest of its name (serve walks
        // 10,000 files after each edit, and Path.relativize allocated a kilobyte a file)
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
                    findings.add(Finding.warning("unknown-folder", SourceRef.file(rel),
                            "文件不在任何栏目文件夹中（policies/、notices/ 等），不会发布"));
                }
                continue;
            }
            if (!folders.contains(rel.substring(0, slash))) {
                findings.add(Finding.warning("unknown-folder", SourceRef.file(rel),
                        "“" + rel.substring(0, slash) + "/”不是已知的栏目文件夹，文件不会发布；可用的文件夹："
                                + String.join("、", new TreeSet<>(folders))));
                continue;
            }
            if (candidate.getValue() && paths.link(paths.root(), rel) instanceof LinkTarget.Refused) {
                findings.add(Finding.error("path-outside-content", SourceRef.file(rel),
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
            findings.add(Finding.error("file-unreadable", SourceRef.file(rel), "无法读取文件：" + e.getMessage()));
        }
        return new Loaded(doc, findings);
    }

    private Optional<Document> readDocument(ContentPath paths, Path file, String rel, List<Finding> findings)
            throws IOException {
        SourceRef top = SourceRef.file(rel);
        long size = Files.size(file);
        if (size > MAX_MARKDOWN_BYTES) {
            findings.add(Finding.error("file-too-large", top, "文件有 " + size / 1024 / 1024 + " MB，超过上限 "
                    + MAX_MARKDOWN_BYTES / 1024 / 1024 + " MB；请把大段数据放进附件"));
            return Optional.empty();
        }
        return fromBytes(paths, file, rel, Files.readAllBytes(file), findings);
    }

    /**
     * One document from its bytes (already known to be within the size limit). Also the fuzz target's
     * entry: every problem becomes a finding, and nothing but an {@link Error} escapes.
     */
    Optional<Document> fromBytes(ContentPath paths, Path file, String rel, byte[] bytes, List<Finding> findings) {
        SourceRef top = SourceRef.file(rel);
        String text;
        try {
            text = TextFile.decode(bytes);
        } catch (TextFile.EncodingProblem e) {
            findings.add(Finding.error("encoding", top, e.getMessage()));
            return Optional.empty();
        }
        if (text.isBlank()) {
            findings.add(Finding.error("empty-file", top, "文件是空的；请删除它，或写上 front matter 和正文"));
            return Optional.empty();
        }
        if (!text.startsWith("---\n") && !text.equals("---")) {
            findings.add(Finding.error("front-matter-missing", top,
                    "文件应以 --- 开头的 front matter（标题、日期等）开始，见 README 中的示例"));
            return Optional.empty();
        }
        int close = closingLine(text);
        if (close < 0) {
            findings.add(Finding.error("front-matter-unclosed", top,
                    "front matter 缺少结束行 ---（在标题、日期等键之后单独写一行 ---）"));
            return Optional.empty();
        }
        int yamlStart = 4;
        int yamlEnd = close;
        String yaml = text.substring(yamlStart, yamlEnd);
        int afterClose = text.indexOf('\n', close);
        String bodyText = afterClose < 0 ? "" : text.substring(afterClose + 1);
        int closeLine = countLines(text, close) + 1;
        int bodyFirstLine = closeLine + 1;

        YamlTree.Parsed parsed;
        try {
            parsed = YamlTree.parse(rel, yaml, 1);
        } catch (YamlTree.Failure f) {
            findings.add(Finding.error("yaml-syntax", f.where, f.getMessage()));
            return Optional.empty();
        }
        if (!(parsed.root() instanceof Map<?, ?>)) {
            findings.add(Finding.error("front-matter-empty", top.atLine(2), parsed.root() == null
                    ? "front matter 是空的，至少要写 title 和 published"
                    : "front matter 应是“键: 值”的形式"));
            return Optional.empty();
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> root = (Map<String, Object>) parsed.root();
        FrontMatter fm = new FrontMatter(parsed, root, top, findings);

        String folder = rel.substring(0, rel.indexOf('/'));
        DocumentType type = DocumentType.byFolder(folder).orElseThrow();
        Optional<String> typeKey = fm.string("type");
        if (typeKey.isPresent()) {
            Optional<DocumentType> t = DocumentType.byKey(typeKey.get());
            if (t.isPresent()) {
                type = t.get();
            } else {
                fm.error("type-unknown", fm.at("type"), "未知的类型“" + typeKey.get() + "”；可用：policy、interpretation、"
                        + "decision、consultation、notice、publicity、page、report");
            }
        }

        String fileName = file.getFileName().toString();
        String id = fm.string("id").orElse(fileName.substring(0, fileName.length() - 3));
        if (!id.matches("[\\p{L}\\p{N}][\\p{L}\\p{N}._-]*")) {
            fm.error("id-invalid", fm.has("id") ? fm.at("id") : top,
                    "编号“" + shown(id) + "”只能由字母、数字、汉字和 . _ - 组成（它会成为网址的一部分）");
            return Optional.empty();
        }
        Optional<String> unusable = OutputName.problem(id);
        if (unusable.isPresent()) {
            // the id is the document's folder in site/: a name the file system refuses would stop the build
            fm.error("id-invalid", fm.has("id") ? fm.at("id") : top, "编号“" + shown(id) + "”" + unusable.get()
                    + "；它会成为网页所在的文件夹名，请" + (fm.has("id") ? "在 id: 后换一个简短的编号，如 anzhengfa-2022-32"
                    : "把文件改成简短的名字，如 anzhengfa-2022-32.md"));
            return Optional.empty();
        }

        Set<String> known = new HashSet<>(COMMON_KEYS);
        known.addAll(TYPE_KEYS.get(type));
        fm.warnUnknownKeys(known, type.label() + "的 front matter ");

        Optional<String> title = fm.string("title");
        if (title.isEmpty()) {
            fm.error("title-missing", top.atLine(2), "缺少标题：请写 title: 文件标题");
        }
        Optional<LocalDate> published = fm.date("published");
        if (published.isEmpty() && type != DocumentType.PAGE && !fm.has("published")) {
            fm.error("published-missing", top.atLine(2), "缺少发布日期：请写 published: YYYY-MM-DD");
        }
        Optional<DisclosureAttribute> disclosure = Optional.empty();
        Optional<String> disclosureText = fm.string("disclosure");
        if (disclosureText.isPresent()) {
            disclosure = DisclosureAttribute.parse(disclosureText.get());
            if (disclosure.isEmpty()) {
                fm.error("disclosure-invalid", fm.at("disclosure"), "公开属性“" + disclosureText.get()
                        + "”无效，只能是 主动公开、依申请公开 或 不予公开");
                // an unreadable attribute must never fall back to publishing
                disclosure = Optional.of(DisclosureAttribute.WITHHELD);
            }
        } else if (root.containsKey("disclosure")) {
            // written but empty (a scaffold's or an import's blank to fill in): undecided, which the rule
            // disclosure-attribute-missing reports at the key and Document.effectiveDisclosure withholds; no
            // attribute is made up here, so no rule asks for the basis of a 不予公开 nobody decided
            disclosure = Optional.empty();
        } else {
            disclosure = misplacedDisclosure(fm, known);
        }

        folderName(fm, "issuer", "发布机构", "issuers/", "机构的正式名称，如 安乐镇人民政府办公室");
        Path dir = file.getParent();
        List<Attachment> attachments = attachments(paths, dir, fm);
        Optional<Finding> tooComplex = MarkdownLimits.check(rel, bodyText, bodyFirstLine);
        if (tooComplex.isPresent()) {
            findings.add(tooComplex.get());
            return Optional.empty();
        }
        Body body;
        try {
            body = markdown.read(rel, bodyText, bodyFirstLine).withSource(text);
        } catch (StackOverflowError e) {
            // the limits above keep real and hostile bodies well clear of this; it stays a finding, not a crash
            findings.add(Finding.error("markdown-too-deep", SourceRef.file(rel).atLine(bodyFirstLine),
                    "正文嵌套过深，无法排版；请减少引用、列表或强调的嵌套层数"));
            return Optional.empty();
        }
        body = body.withTargets(l -> paths.of(dir, l));
        bodyImages(body, findings);
        Details details = details(type, fm, paths, dir, findings);

        Document doc = new Document(id, type, top, title.orElse(id), published, disclosure, DisclosureMark.in(body),
                fm.string("withheld_basis"), fm.date("review_by"), fm.string("index_no"), fm.string("issuer"),
                fm.strings("topics"), fm.strings("themes"), fm.strings("keywords"), fm.string("summary"),
                attachments, body, details, fm.keyRefs());
        return title.isPresent() ? Optional.of(doc) : Optional.empty();
    }

    /**
     * No {@code disclosure} key, but an unknown key says 不予公开 or 依申请公开 ({@code 公开属性: 不予公开}, a typo
     * such as {@code disclousre}, a value nested under another key): the editor decided, and the decision
     * must not be lost to the default 主动公开. Withheld until it is written as {@code disclosure}.
     */
    private static Optional<DisclosureAttribute> misplacedDisclosure(FrontMatter fm, Set<String> known) {
        for (Map.Entry<String, Object> e : fm.map().entrySet()) {
            if (known.contains(e.getKey())) {
                continue;
            }
            Optional<DisclosureAttribute> said = nonPublicValue(e.getValue(), 0);
            if (said.isPresent()) {
                fm.error("disclosure-invalid", fm.at(e.getKey()), "“" + e.getKey() + "”不是公开属性的键名，但写的是“"
                        + said.get().label() + "”：请改写为 disclosure: " + said.get().label()
                        + "；改正之前这份文件按不予公开处理，不会发布");
                return Optional.of(DisclosureAttribute.WITHHELD);
            }
        }
        return Optional.empty();
    }

    private static Optional<DisclosureAttribute> nonPublicValue(Object value, int depth) {
        if (value instanceof String s) {
            return DisclosureAttribute.parse(s).filter(a -> !a.isPublic());
        }
        if (depth < YamlTree.MAX_DEPTH && value instanceof Map<?, ?> m) {
            for (Object v : m.values()) {
                Optional<DisclosureAttribute> a = nonPublicValue(v, depth + 1);
                if (a.isPresent()) {
                    return a;
                }
            }
        }
        if (depth < YamlTree.MAX_DEPTH && value instanceof List<?> l) {
            for (Object v : l) {
                Optional<DisclosureAttribute> a = nonPublicValue(v, depth + 1);
                if (a.isPresent()) {
                    return a;
                }
            }
        }
        return Optional.empty();
    }

    /** The offset of the closing {@code ---} (or {@code ...}) line of the front matter, or -1. */
    static int closingLine(String text) {
        int pos = text.indexOf('\n');
        while (pos >= 0 && pos < text.length()) {
            int start = pos + 1;
            int end = text.indexOf('\n', start);
            String line = text.substring(start, end < 0 ? text.length() : end).stripTrailing();
            if (line.equals("---") || line.equals("...")) {
                return start;
            }
            pos = end;
        }
        return -1;
    }

    static int countLines(String text, int upTo) {
        int n = 0;
        for (int i = 0; i < upTo; i++) {
            if (text.charAt(i) == '\n') {
                n++;
            }
        }
        return n;
    }

    private static List<Attachment> attachments(ContentPath paths, Path dir, FrontMatter fm) {
        Object v = fm.raw("attachments");
        if (v == null) {
            return List.of();
        }
        if (!(v instanceof List<?> list)) {
            fm.error("front-matter-type", fm.at("attachments"), "attachments 应是列表，每项写 {file: 文件名, title: 附件标题}");
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
            if (MediaType.extension(fileName).equals("csv") && size > MAX_CSV_BYTES) {
                // the site guards every CSV cell before publishing it, which means reading the file whole
                fm.error("table-too-large", where, "CSV 附件“" + fileName + "”有 " + size / 1024 / 1024 + " MB，超过上限 "
                        + MAX_CSV_BYTES / 1024 / 1024 + " MB；请拆分成几个文件，或压缩为 zip 后再附上");
                continue;
            }
            Optional<Finding> wrongType = MediaType.Use.ATTACHMENT.refusal(r.path(), fileName, where);
            if (wrongType.isPresent()) {
                fm.error(wrongType.get().ruleId(), where, wrongType.get().message());
                continue;
            }
            if (MediaType.extension(fileName).equals("csv") && size >= 0) {
                try {
                    warnFormulas(Files.readAllBytes(r.path()), paths.relative(r.path()), fm.findings());
                } catch (IOException e) {
                    // the copy reports an unreadable attachment; the warning is only advice
                }
            }
            String shown = title == null || title.isBlank() ? r.path().getFileName().toString() : title;
            out.add(new Attachment(fileName, shown, r.relative(), size, where));
        }
        return out;
    }

    /**
     * An image is copied beside the page, so it must be a file of content/ that is an image by its bytes:
     * not a document's source, not a name the generator writes, not an SVG or HTML page in disguise. (An
     * image outside content/ is {@code link-outside-content}'s finding.)
     */
    private static void bodyImages(Body body, List<Finding> findings) {
        for (Body.Link l : body.links()) {
            if (!l.image()) {
                continue;
            }
            if (l.target() instanceof LinkTarget.Refused refused && !refused.rule().equals(ContentPath.OUTSIDE)) {
                findings.add(Finding.error(refused.rule(), l.where(), "图片" + refused.reason()));
            } else if (l.target() instanceof LinkTarget.File f && f.exists()) {
                MediaType.Use.IMAGE.refusal(f.path(), l.destination(), f.relative(), l.where()).ifPresent(findings::add);
            }
        }
    }

    private Details details(DocumentType type, FrontMatter fm, ContentPath paths, Path dir, List<Finding> findings) {
        return switch (type) {
            case POLICY -> new Details.Policy(fm.string("doc_number"), fm.date("written"), fm.bool("normative"),
                    fm.date("valid_from"), fm.date("valid_until"), fm.string("validity"), fm.strings("amends"),
                    fm.strings("repeals"));
            case INTERPRETATION -> new Details.Interpretation(fm.string("interprets"), fm.string("form"),
                    fm.string("author"));
            case DECISION -> new Details.Decision(fm.integer("year"), fm.string("catalog_no"), fm.string("lead_unit"),
                    fm.string("status"), fm.stringMap("stages"));
            case CONSULTATION -> new Details.Consultation(fm.date("opens"), fm.date("closes"),
                    fm.stringMap("channels"), fm.nested("feedback").map(FeedbackReader::read));
            case PUBLICITY -> publicity(fm, paths, dir, findings);
            case REPORT -> {
                Map<String, Object> figures = new LinkedHashMap<>();
                for (String k : TYPE_KEYS.get(DocumentType.REPORT)) {
                    if (!k.equals("year") && fm.has(k)) {
                        figures.put(k, fm.raw(k));
                    }
                }
                yield new Details.Report(fm.integer("year"), figures, fm.pathRefs(figures.keySet()));
            }
            case NOTICE -> {
                Optional<String> kind = fm.string("kind");
                if (kind.isPresent() && !List.of(Details.Notice.NEWS, Details.Notice.NOTICE).contains(kind.get().strip())) {
                    fm.error("notice-kind", fm.at("kind"), "kind“" + kind.get() + "”无效：只能是 通知公告 或 工作动态");
                }
                yield new Details.Notice(kind);
            }
            case PAGE -> new Details.Page(fm.date("reviewed"));
        };
    }

    private static final class FeedbackReader {
        static Details.Feedback read(FrontMatter f) {
            f.warnUnknownKeys(Set.of("received", "adopted", "summary", "not_adopted_reasons"), "feedback ");
            return new Details.Feedback(f.integer("received"), f.integer("adopted"), f.string("summary"),
                    f.strings("not_adopted_reasons"));
        }
    }

    private Details.Publicity publicity(FrontMatter fm, ContentPath paths, Path dir, List<Finding> findings) {
        Optional<String> data = fm.string("data");
        Optional<Table> table = Optional.empty();
        Optional<String> dataPath = Optional.empty();
        if (data.isPresent()) {
            LinkTarget target = paths.file(dir, data.get());
            Optional<Finding> wrongType = target instanceof LinkTarget.File f
                    ? MediaType.Use.DATA.refusal(f.path(), data.get(), fm.at("data")) : Optional.empty();
            if (target instanceof LinkTarget.Refused refused) {
                fm.error(refused.rule(), fm.at("data"), "数据文件" + refused.reason());
            } else if (!((LinkTarget.File) target).exists()) {
                fm.error("data-missing", fm.at("data"), "找不到数据文件“" + data.get() + "”（应放在本文件旁边）");
            } else {
                // a file that may not be copied is still read as a table: its cells on the page are escaped
                // like any value; only the download is refused (and the build with it)
                wrongType.ifPresent(w -> fm.error(w.ruleId(), fm.at("data"), w.message()));
                LinkTarget.File r = (LinkTarget.File) target;
                dataPath = Optional.of(r.relative());
                table = readCsv(r.path(), dataPath.get(), findings);
            }
        }
        folderName(fm, "village", "村名", "villages/", "村（社区）的正式名称，如 东关村");
        return new Details.Publicity(fm.string("village"), fm.date("period_end"), dataPath, table);
    }

    /**
     * A value that becomes folders in site/ (villages/东关村/, issuers/…; a / nests, as {@code SitePaths}
     * writes it): each folder name the file system or the site would refuse is an error at the key's line.
     */
    private static void folderName(FrontMatter fm, String key, String what, String folder, String instead) {
        Optional<String> value = fm.has(key) && fm.raw(key) instanceof String s ? Optional.of(s.strip()) : Optional.empty();
        value.flatMap(ContentLoader::folderProblem).ifPresent(problem -> fm.error("folder-name-invalid", fm.at(key),
                what + "“" + shown(value.get()) + "”" + problem + "；它会成为网址中的文件夹名（" + folder + "…），请写"
                        + instead));
    }

    /** The first problem of any /-separated part of {@code name} as a folder name in site/. */
    static Optional<String> folderProblem(String name) {
        for (String part : name.split("/", -1)) {
            String p = part.strip();
            if (!p.isEmpty()) {
                Optional<String> problem = OutputName.problem(p);
                if (problem.isPresent()) {
                    return problem;
                }
            }
        }
        return Optional.empty();
    }

    /** A name as a message quotes it: at most 20 characters, so a pasted page does not fill the report. */
    static String shown(String name) {
        String cut = name.codePointCount(0, name.length()) <= 20 ? name
                : name.substring(0, name.offsetByCodePoints(0, 20)) + "…";
        // a NUL or a direction mark printed as is would garble the editor's terminal or CI log
        return cut.replaceAll("[\\p{Cc}\\p{Cf}\\p{Cs}\\p{Zl}\\p{Zp}]", "\uFFFD");
    }

    static Optional<Table> readCsv(Path file, String rel, List<Finding> findings) {
        SourceRef top = SourceRef.file(rel);
        try {
            long size = Files.size(file);
            if (size > MAX_CSV_BYTES) {
                findings.add(Finding.error("table-too-large", top, "数据文件有 " + size / 1024 / 1024
                        + " MB，超过上限 " + MAX_CSV_BYTES / 1024 / 1024 + " MB；请按村或按月拆分"));
                return Optional.empty();
            }
            byte[] bytes = Files.readAllBytes(file);
            String text = TextFile.decode(bytes);
            warnFormulas(bytes, rel, findings);
            List<String> header = null;
            List<Table.Row> rows = new ArrayList<>();
            try (CSVParser parser = CSVParser.parse(new StringReader(text), CSVFormat.DEFAULT)) {
                long lastLine = 0;
                for (CSVRecord rec : parser) {
                    int line = (int) lastLine + 1;
                    lastLine = parser.getCurrentLineNumber();
                    List<String> cells = new ArrayList<>(rec.size());
                    rec.forEach(c -> cells.add(c.strip()));
                    if (header == null) {
                        header = cells;
                        continue;
                    }
                    if (cells.size() == 1 && cells.get(0).isEmpty()) {
                        continue;
                    }
                    if (rows.size() >= MAX_CSV_ROWS) {
                        findings.add(Finding.error("table-too-large", top.atLine(line), "数据超过 " + MAX_CSV_ROWS
                                + " 行；请按村或按月拆分成多个公示"));
                        return Optional.empty();
                    }
                    if (cells.size() != header.size()) {
                        findings.add(Finding.error("table-shape", new SourceRef(rel, line, 1), "这一行有 " + cells.size()
                                + " 列，表头有 " + header.size() + " 列"));
                    }
                    rows.add(new Table.Row(line, cells));
                }
            }
            if (header == null) {
                findings.add(Finding.error("table-empty", top, "数据文件是空的：第一行应是表头"));
                return Optional.empty();
            }
            return Optional.of(new Table(rel, header, rows));
        } catch (TextFile.EncodingProblem e) {
            findings.add(Finding.error("encoding", top, e.getMessage()));
        } catch (IOException | RuntimeException e) {
            findings.add(csvProblem(rel, e));
        }
        return Optional.empty();
    }

    private static final java.util.regex.Pattern CSV_LINE =
            java.util.regex.Pattern.compile("(?:startline|line:?)\\s*(\\d[\\d,]*)");

    /** Commons CSV's complaint as an editor can act on it: the line, and what to fix, not a Java class name. */
    static Finding csvProblem(String rel, Exception e) {
        String m = String.valueOf(e.getMessage());
        java.util.regex.Matcher at = CSV_LINE.matcher(m);
        int line = at.find() ? Integer.parseInt(at.group(1).replace(",", "")) : 1;
        String what = m.contains("EOF reached before encapsulated token finished")
                ? "从这一行开始的带引号（\"）的单元格直到文件末尾都没有结束的引号：请补上引号，或删去多余的引号"
                : m.contains("Invalid character between encapsulated token and delimiter")
                ? "这一行有单元格在结束引号（\"）之后还有文字：单元格内的引号要写成两个（\"\"），或用引号把整格括起来"
                : "数据文件无法解析为 CSV（" + e.getClass().getSimpleName() + "）：请用 Excel 或 WPS 另存为“CSV UTF-8”后再试";
        return Finding.error("table-invalid", new SourceRef(rel, line, 1), what);
    }

    /**
     * A warning at each cell a spreadsheet would run ({@link CsvCell}): the site publishes it with a leading
     * {@code '}, and the editor should know the data holds it — a pasted formula, or something planted.
     */
    static void warnFormulas(byte[] csv, String rel, List<Finding> findings) {
        for (CsvCell.Found f : CsvCell.scan(csv)) {
            String shown = f.cell().text().strip();
            if (shown.codePointCount(0, shown.length()) > 30) {
                shown = shown.substring(0, shown.offsetByCodePoints(0, 30)) + "…";
            }
            findings.add(Finding.warning("csv-formula", new SourceRef(rel, f.line(), f.column()), "单元格“" + shown + "”"
                    + f.cell().reason() + "。网站发布的 CSV 已在它前面加 ' 作为文字显示；如果不是有意写的，请改正数据"));
        }
    }

    private static void duplicateIds(List<Document> documents, List<Finding> findings) {
        Map<String, Document> seen = new LinkedHashMap<>();
        List<Document> sorted = new ArrayList<>(documents);
        sorted.sort(Comparator.comparing(d -> d.source().file()));
        for (Document d : sorted) {
            Document first = seen.putIfAbsent(d.id(), d);
            if (first != null) {
                findings.add(Finding.error("id-duplicate", d.source(), "编号“" + d.id() + "”已被 "
                        + first.source().file() + " 使用；编号（文件名）在全站必须唯一"));
            }
        }
        documents.removeIf(d -> seen.get(d.id()) != d);
    }

    private SiteConfig loadSite(ContentPath paths, List<Finding> findings) throws IOException {
        Optional<FrontMatter> fm = yamlFile(paths, SiteConfig.FILE, findings);
        if (fm.isEmpty()) {
            return new SiteConfig("", "政府信息公开", "", "", "", "", "", Map.of(), "default", Set.of(), Map.of());
        }
        FrontMatter f = fm.get();
        f.warnUnknownKeys(SITE_KEYS, "site.yaml ");
        for (String required : List.of("name", "org_code")) {
            if (!f.has(required)) {
                f.error("site-config", SourceRef.file(SiteConfig.FILE), "site.yaml 缺少 " + required);
            }
        }
        String theme = f.string("theme").orElse("default");
        Set<LocalDate> holidays = new HashSet<>();
        for (String h : f.strings("holidays")) {
            DateText.parse(h).ifPresentOrElse(d -> holidays.add(d.date()),
                    () -> f.error("date-invalid", f.at("holidays"), "节假日“" + h + "”不是日期，请写成 YYYY-MM-DD"));
        }
        Set<LocalDate> workdays = new HashSet<>();
        for (String h : f.strings("workdays")) {
            DateText.parse(h).ifPresentOrElse(d -> workdays.add(d.date()),
                    () -> f.error("date-invalid", f.at("workdays"), "调休上班日“" + h + "”不是日期，请写成 YYYY-MM-DD"));
        }
        String orgCode = f.string("org_code").orElse("");
        Map<String, String> index = f.stringMap("index_no");
        IndexScheme scheme = new IndexScheme(index.getOrDefault("code", orgCode).strip(),
                index.getOrDefault("format", IndexScheme.DEFAULT_FORMAT).strip());
        if (scheme.problem().isPresent()) {
            f.error("site-config", f.at("index_no"), scheme.problem().get());
            scheme = new IndexScheme(scheme.code(), IndexScheme.DEFAULT_FORMAT);
        }
        Map<String, Integer> publicityDays = new java.util.TreeMap<>(SiteConfig.DEFAULT_PUBLICITY_DAYS);
        f.stringMap("publicity_days").forEach((kind, days) -> {
            if (days.strip().matches("\\d{1,3}")) {
                publicityDays.put(kind.strip(), Integer.parseInt(days.strip()));
            } else {
                f.error("site-config", f.at("publicity_days"), "公示期“" + kind + ": " + days
                        + "”应是天数，例如 低保: 7");
            }
        });
        Map<String, String> conac = f.stringMap("conac");
        String icon = conac.getOrDefault("icon", "").strip();
        if (!icon.isEmpty()) {
            // a file content names: through the one resolver and the picture types
            LinkTarget target = paths.file(paths.root(), icon);
            if (target instanceof LinkTarget.Refused refused) {
                findings.add(Finding.error(refused.rule(), f.at("conac"), "党政机关网站标识图标" + refused.reason()));
            } else if (!(target instanceof LinkTarget.File file) || !file.exists()) {
                findings.add(Finding.error("site-footer-ids", f.at("conac"), "党政机关网站标识图标“" + icon
                        + "”不存在：请把图片放在 content/ 中（与 site.yaml 同一文件夹）"));
            } else {
                MediaType.Use.IMAGE.refusal(file.path(), icon, f.at("conac")).ifPresent(findings::add);
            }
        }
        return new SiteConfig(f.string("name").orElse(""), f.string("column").orElse("政府信息公开"),
                orgCode, f.string("base_url").orElse(""), f.string("site_code").orElse(""),
                f.string("icp").orElse(""), f.string("psb").orElse(""), f.stringMap("contact"),
                theme, holidays, searchEndpoint(f), f.keyRefs(), scheme, workdays, publicityDays,
                f.stringMap("wording"), conac.getOrDefault("link", "").strip(), conac.getOrDefault("icon", "").strip(),
                searchSolr(f), "");
    }

    /**
     * search_endpoint: a path on the site's own host (/xxgk/search-api) or an https URL. Anything else (http://,
     * javascript:, a protocol-relative //host) is an error: the form would send a resident's query elsewhere
     * or in the clear.
     */
    private static String searchEndpoint(FrontMatter f) {
        String v = f.string("search_endpoint").orElse("").strip();
        if (v.isEmpty()) {
            return "";
        }
        boolean path = v.startsWith("/") && !v.startsWith("//") && !v.contains("\\");
        boolean https = v.matches("https://[A-Za-z0-9.-]+(:\\d+)?(/\\S*)?");
        if ((!path && !https) || v.chars().anyMatch(c -> c <= ' ' || c == '"' || c == '<' || c == '>')) {
            f.error("site-config", f.at("search_endpoint"), "search_endpoint“" + v + "”应是本站的路径（以 / 开头，如 "
                    + "/xxgk/search）或 https:// 开头的地址；不写则搜索只在浏览器中进行");
            return "";
        }
        return v;
    }

    /**
     * search_solr: the Solr collection's public /select as a path on this host, which the host's reverse proxy
     * passes on: the page asks it from its own origin, so the CSP's connect-src 'self' holds and a resident's
     * query goes nowhere else.
     */
    static String searchSolr(FrontMatter f) {
        String v = f.string("search_solr").orElse("").strip();
        if (v.isEmpty() || isSolrPath(v)) {
            return v;
        }
        f.error("site-config", f.at("search_solr"), "search_solr“" + v + "”应是本站经反向代理转发的路径（以 / 开头，如 "
                + "/solr/zcwjk/select）；不写则只用静态搜索");
        return "";
    }

    /** A path on this host, with nothing that could break out of an attribute or a URL. */
    public static boolean isSolrPath(String v) {
        return v.matches("/[A-Za-z0-9._~/-]*") && !v.startsWith("//") && !v.contains("..");
    }

    private Taxonomy loadTaxonomy(ContentPath paths, List<Finding> findings) throws IOException {
        Optional<FrontMatter> fm = yamlFile(paths, Taxonomy.FILE, findings);
        if (fm.isEmpty()) {
            return new Taxonomy(List.of(), List.of());
        }
        FrontMatter f = fm.get();
        f.warnUnknownKeys(Set.of("topics", "themes"), "taxonomies.yaml ");
        List<Taxonomy.Topic> topics = new ArrayList<>();
        Object raw = f.raw("topics");
        if (raw instanceof List<?> list) {
            for (Object item : list) {
                if (item instanceof Map<?, ?> m) {
                    m.forEach((k, v) -> topics.add(new Taxonomy.Topic(String.valueOf(k), names(v))));
                } else if (item != null) {
                    topics.add(new Taxonomy.Topic(String.valueOf(item), List.of()));
                }
            }
        } else if (raw instanceof Map<?, ?> m) {
            m.forEach((k, v) -> topics.add(new Taxonomy.Topic(String.valueOf(k), names(v))));
        } else if (raw != null) {
            f.error("front-matter-type", f.at("topics"), "topics 应是主题名称的列表，或“一级: [二级, …]”的键值表");
        }
        List<String> themes = f.strings("themes");
        taxonomyNames(f, topics, themes);
        return new Taxonomy(topics, themes);
    }

    /** Every topic and theme name is a folder in site/ (topics/综合政务/政务公开/): each must be usable as one. */
    private static void taxonomyNames(FrontMatter f, List<Taxonomy.Topic> topics, List<String> themes) {
        Map<String, SourceRef> where = new LinkedHashMap<>();
        collectNameRefs(f, f.raw("topics"), f.at("topics"), where);
        collectNameRefs(f, f.raw("themes"), f.at("themes"), where);
        List<String> names = new ArrayList<>();
        for (Taxonomy.Topic t : topics) {
            names.add(t.name());
            names.addAll(t.children());
        }
        names.addAll(themes);
        for (String name : names) {
            folderProblem(name).ifPresent(problem -> f.error("folder-name-invalid",
                    where.getOrDefault(name, SourceRef.file(Taxonomy.FILE)), "分类名“" + shown(name) + "”" + problem
                            + "；它会成为网址中的文件夹名（topics/…、themes/…），请改成简短的名称，如 政务公开"));
        }
    }

    /** Where each name in a list or mapping of taxonomies.yaml stands. */
    private static void collectNameRefs(FrontMatter f, Object value, SourceRef fallback, Map<String, SourceRef> out) {
        if (value instanceof List<?> list) {
            for (Object item : list) {
                if (item instanceof String s) {
                    out.putIfAbsent(s, f.valueAt(item, "topics"));
                } else {
                    collectNameRefs(f, item, fallback, out);
                }
            }
        } else if (value instanceof Map<?, ?> m) {
            for (Map.Entry<?, ?> e : m.entrySet()) {
                out.putIfAbsent(String.valueOf(e.getKey()), f.keyOf(m, String.valueOf(e.getKey()), fallback));
                collectNameRefs(f, e.getValue(), fallback, out);
            }
        }
    }

    private static List<String> names(Object v) {
        if (v instanceof List<?> l) {
            return l.stream().filter(x -> x != null).map(String::valueOf).toList();
        }
        return v == null ? List.of() : List.of(String.valueOf(v));
    }

    private static List<List<String>> loadSynonyms(ContentPath paths, List<Finding> findings) throws IOException {
        Optional<Path> found = configFile(paths, "synonyms.txt", findings);
        if (found.isEmpty() || !Files.isRegularFile(found.get())) {
            return List.of();
        }
        Path file = found.get();
        String text;
        try {
            text = TextFile.decode(Files.readAllBytes(file));
        } catch (TextFile.EncodingProblem e) {
            findings.add(Finding.error("encoding", SourceRef.file("synonyms.txt"), e.getMessage()));
            return List.of();
        }
        List<List<String>> groups = new ArrayList<>();
        for (String line : text.split("\n")) {
            String l = line.strip();
            if (l.isEmpty() || l.startsWith("#")) {
                continue;
            }
            List<String> group = java.util.Arrays.stream(l.split("[,，、\\s]+")).map(String::strip)
                    .filter(s -> !s.isEmpty()).toList();
            if (group.size() >= 2) {
                groups.add(group);
            }
        }
        return groups;
    }

    private static Optional<FrontMatter> yamlFile(ContentPath paths, String name, List<Finding> findings)
            throws IOException {
        Optional<Path> found = configFile(paths, name, findings);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Path file = found.get();
        SourceRef top = SourceRef.file(name);
        if (!Files.isRegularFile(file)) {
            findings.add(Finding.error("site-config", top, "缺少 " + name));
            return Optional.empty();
        }
        try {
            String text = TextFile.decode(Files.readAllBytes(file));
            YamlTree.Parsed parsed = YamlTree.parse(name, text, 0);
            if (!(parsed.root() instanceof Map<?, ?>)) {
                findings.add(Finding.error("site-config", top, name + " 应是“键: 值”的形式"));
                return Optional.empty();
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> root = (Map<String, Object>) parsed.root();
            return Optional.of(new FrontMatter(parsed, root, top, findings));
        } catch (TextFile.EncodingProblem e) {
            findings.add(Finding.error("encoding", top, e.getMessage()));
        } catch (YamlTree.Failure e) {
            findings.add(Finding.error("yaml-syntax", e.where, e.getMessage()));
        }
        return Optional.empty();
    }

    /**
     * A settings file at the top of content/, through the same resolver as everything else: its values
     * reach every page and the search index, so one linked in from elsewhere on the machine
     * ({@code site.yaml → /etc/…}) is refused, not read. Empty when refused (with the finding).
     */
    private static Optional<Path> configFile(ContentPath paths, String name, List<Finding> findings) {
        LinkTarget target = paths.file(paths.root(), name);
        if (target instanceof LinkTarget.Refused refused) {
            findings.add(Finding.error(refused.rule(), SourceRef.file(name), refused.reason()));
            return Optional.empty();
        }
        return Optional.of(((LinkTarget.File) target).path());
    }
}
