package org.gongkai.content;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads one document file's bytes into a {@link Document}: the front matter typed at the door, the
 * body parsed, the files it names resolved. Every problem becomes a finding; a file that cannot
 * become a document gives none.
 */
final class DocumentReader {

    static final Set<String> COMMON_KEYS =
            Set.of(
                    "title",
                    "published",
                    "disclosure",
                    "withheld_basis",
                    "review_by",
                    "index_no",
                    "issuer",
                    "topics",
                    "themes",
                    "keywords",
                    "summary",
                    "attachments",
                    "id",
                    "type",
                    "catalog_item",
                    "formed");
    static final Map<DocumentType, Set<String>> TYPE_KEYS =
            Map.of(
                    DocumentType.POLICY,
                            Set.of(
                                    "doc_number",
                                    "written",
                                    "normative",
                                    "valid_from",
                                    "valid_until",
                                    "validity",
                                    "amends",
                                    "repeals"),
                    DocumentType.INTERPRETATION, Set.of("interprets", "form", "author"),
                    DocumentType.DECISION,
                            Set.of("year", "catalog_no", "lead_unit", "status", "stages"),
                    DocumentType.CONSULTATION, Set.of("opens", "closes", "channels", "feedback"),
                    DocumentType.NOTICE, Set.of("kind"),
                    DocumentType.PUBLICITY, Set.of("village", "period_end", "data"),
                    DocumentType.PAGE, Set.of("order", "reviewed"),
                    DocumentType.BUDGET, BudgetReader.KEYS,
                    DocumentType.REPORT,
                            Set.of(
                                    "year",
                                    "applications",
                                    "reviews",
                                    "permits",
                                    "penalties",
                                    "enforcement",
                                    "fees",
                                    "normative"));

    /**
     * The keys each type knows, built once (as each document built them before, so the nearest-name
     * hints iterate them in the same order).
     */
    private static final Map<DocumentType, Set<String>> KNOWN_KEYS =
            new EnumMap<>(DocumentType.class);

    static {
        for (DocumentType t : DocumentType.values()) {
            Set<String> known = new HashSet<>(COMMON_KEYS);
            known.addAll(TYPE_KEYS.get(t));
            KNOWN_KEYS.put(t, Collections.unmodifiableSet(known));
        }
    }

    /**
     * An id is a folder of the site: letters, digits and {@code . _ -}, not starting with these.
     */
    private static final Pattern ID = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}._-]*");

    private final MarkdownReader markdown = new MarkdownReader();

    /**
     * One document from its bytes (already known to be within the size limit); empty when none can
     * be made.
     */
    Optional<Document> read(
            ContentPath paths, Path file, String rel, byte[] bytes, List<Finding> findings) {
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
            findings.add(
                    Finding.error(
                            "front-matter-missing",
                            top,
                            "文件应以 --- 开头的 front matter（标题、日期等）开始，见 README 中的示例"));
            return Optional.empty();
        }
        int close = closingLine(text);
        if (close < 0) {
            findings.add(
                    Finding.error(
                            "front-matter-unclosed",
                            top,
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
            findings.add(
                    Finding.error(
                            "front-matter-empty",
                            top.atLine(2),
                            parsed.root() == null
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
                fm.error(
                        "type-unknown",
                        fm.at("type"),
                        "未知的类型“"
                                + typeKey.get()
                                + "”；可用：policy、interpretation、"
                                + "decision、consultation、notice、publicity、page、report、budget");
            }
        }

        String fileName = file.getFileName().toString();
        String id = fm.string("id").orElse(fileName.substring(0, fileName.length() - 3));
        if (!ID.matcher(id).matches()) {
            fm.error(
                    "id-invalid",
                    fm.has("id") ? fm.at("id") : top,
                    "编号“" + OutputName.shown(id) + "”只能由字母、数字、汉字和 . _ - 组成（它会成为网址的一部分）");
            return Optional.empty();
        }
        Optional<String> unusable = OutputName.problem(id);
        if (unusable.isPresent()) {
            // the id is the document's folder in site/: a name the file system refuses would stop
            // the build
            fm.error(
                    "id-invalid",
                    fm.has("id") ? fm.at("id") : top,
                    "编号“"
                            + OutputName.shown(id)
                            + "”"
                            + unusable.get()
                            + "；它会成为网页所在的文件夹名，请"
                            + (fm.has("id")
                                    ? "在 id: 后换一个简短的编号，如 anzhengfa-2022-32"
                                    : "把文件改成简短的名字，如 anzhengfa-2022-32.md"));
            return Optional.empty();
        }

        Set<String> known = KNOWN_KEYS.get(type);
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
                fm.error(
                        "disclosure-invalid",
                        fm.at("disclosure"),
                        "公开属性“" + disclosureText.get() + "”无效，只能是 主动公开、依申请公开 或 不予公开");
                // an unreadable attribute must never fall back to publishing
                disclosure = Optional.of(DisclosureAttribute.WITHHELD);
            }
        } else if (root.containsKey("disclosure")) {
            // written but empty (a scaffold's or an import's blank to fill in): undecided, which
            // the rule disclosure-attribute-missing reports at the key and
            // Document.effectiveDisclosure withholds; no attribute is made up here, so no rule asks
            // for the basis of a 不予公开 nobody decided
            disclosure = Optional.empty();
        } else {
            disclosure = MisplacedDisclosure.in(fm, known);
        }

        folderName(fm, "issuer", "发布机构", "issuers/", "机构的正式名称，如 安乐镇人民政府办公室");
        Path dir = file.getParent();
        List<Attachment> attachments = AttachmentReader.read(paths, dir, fm);
        Optional<Finding> tooComplex = MarkdownLimits.check(rel, bodyText, bodyFirstLine);
        if (tooComplex.isPresent()) {
            findings.add(tooComplex.get());
            return Optional.empty();
        }
        Body body;
        try {
            body = markdown.read(rel, bodyText, bodyFirstLine).withSource(text);
        } catch (StackOverflowError e) {
            // the limits above keep real and hostile bodies well clear of this; it stays a finding,
            // not a crash
            findings.add(
                    Finding.error(
                            "markdown-too-deep",
                            SourceRef.file(rel).atLine(bodyFirstLine),
                            "正文嵌套过深，无法排版；请减少引用、列表或强调的嵌套层数"));
            return Optional.empty();
        }
        body = body.withTargets(l -> paths.of(dir, l));
        bodyImages(body, findings);
        Details details =
                DetailsReader.read(type, fm, published, paths, dir, attachments, findings);

        Document doc =
                new Document(
                        id,
                        type,
                        top,
                        title.orElse(id),
                        published,
                        Disclosure.decide(
                                disclosure,
                                DisclosureMark.in(body),
                                // an undecided policy is never published, nor anything whose
                                // disclosure key was written and left blank
                                type == DocumentType.POLICY || root.containsKey("disclosure")
                                        ? DisclosureAttribute.WITHHELD
                                        : DisclosureAttribute.PROACTIVE),
                        fm.string("withheld_basis"),
                        fm.date("review_by"),
                        fm.string("index_no"),
                        fm.string("issuer"),
                        new Subjects(
                                fm.strings("topics"), fm.strings("themes"), fm.strings("keywords")),
                        fm.string("summary"),
                        attachments,
                        body,
                        details,
                        fm.keyRefs(),
                        fm.string("catalog_item"),
                        fm.date("formed"));
        return title.isPresent() ? Optional.of(doc) : Optional.empty();
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

    /**
     * An image is copied beside the page, so it must be a file of content/ that is an image by its
     * bytes: not a document's source, not a name the generator writes, not an SVG or HTML page in
     * disguise. (An image outside content/ is {@code link-outside-content}'s finding.)
     */
    private static void bodyImages(Body body, List<Finding> findings) {
        for (Body.Link l : body.links()) {
            if (!l.image()) {
                continue;
            }
            if (l.target() instanceof LinkTarget.Refused refused
                    && !refused.rule().equals(ContentPath.OUTSIDE)) {
                findings.add(Finding.error(refused.rule(), l.where(), "图片" + refused.reason()));
            } else if (l.target() instanceof LinkTarget.File f && f.exists()) {
                MediaType.Use.IMAGE
                        .refusal(f.path(), l.destination(), f.relative(), l.where())
                        .ifPresent(findings::add);
            }
        }
    }

    /**
     * A value that becomes folders in site/ (villages/东关村/, issuers/…; a / nests, as {@code
     * SitePaths} writes it): each folder name the file system or the site would refuse is an error
     * at the key's line.
     */
    static void folderName(FrontMatter fm, String key, String what, String folder, String instead) {
        Optional<String> value =
                fm.has(key) && fm.raw(key) instanceof String s
                        ? Optional.of(s.strip())
                        : Optional.empty();
        value.flatMap(OutputName::folderProblem)
                .ifPresent(
                        problem ->
                                fm.error(
                                        "folder-name-invalid",
                                        fm.at(key),
                                        what
                                                + "“"
                                                + OutputName.shown(value.get())
                                                + "”"
                                                + problem
                                                + "；它会成为网址中的文件夹名（"
                                                + folder
                                                + "…），请写"
                                                + instead));
    }
}
