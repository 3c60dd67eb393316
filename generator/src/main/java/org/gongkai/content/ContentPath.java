package org.gongkai.content;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The one resolver for every path that content or configuration names: attachments, body links and
 * images, publicity data, site.yaml, taxonomies.yaml, synonyms.txt, and (rooted at themes/NAME/)
 * theme files. A path is resolved against the folder of the file that names it, with symbolic links
 * followed, and must stay inside the root; a file that is copied into the site is never a
 * document's Markdown source and never takes a name the generator writes itself. The outcome is a
 * {@link LinkTarget}.
 *
 * <p>Every stage asks here instead of joining paths itself: each hand-written resolver before this
 * one differed from the others in some corner ({@code x/../../a.md}, a symbolic link, {@code
 * x/../index.html}), and each corner was a way out.
 *
 * <p>It stays whole past 400 lines on purpose: it is the trust boundary for every path an editor
 * writes, and each rule of where such a path may lead (.., links, names, case, the allow-listed
 * folders) is audited in this one file.
 */
public final class ContentPath {

    /**
     * Outside the root: {@code ../} past it, absolute, Windows, {@code ~}, or a symbolic link
     * leading out.
     */
    public static final String OUTSIDE = "path-outside-content";

    /**
     * A Markdown document source named where a file is copied: it would publish a withheld
     * document's text.
     */
    public static final String SOURCE = "path-document-source";

    /** A name the generator writes itself: the copy would replace the page, its .gz, the feed … */
    public static final String RESERVED = "path-reserved";

    /**
     * Names the generator writes: a copied file with one of them would replace (or be replaced by)
     * the page, the feed, the search index, the assets or a report's figures.
     */
    static final Set<String> GENERATED_NAMES = OutputName.RESERVED;

    private final Path root;
    private final Path realRoot;
    private final String label;

    /** A resolver for content/: findings call the root "content/". */
    public ContentPath(Path root) throws IOException {
        this(root, "content/");
    }

    /**
     * @param label how messages name the root, e.g. "themes/default/"
     */
    public ContentPath(Path root, String label) throws IOException {
        this.root = root.toAbsolutePath().normalize();
        this.realRoot = this.root.toRealPath();
        this.label = label;
    }

    public Path root() {
        return root;
    }

    /**
     * A link in a body ({@code [文字](地址)}): an address, a fragment, another document by file or id,
     * or a file. {@code %xx} escapes are decoded as a browser would; {@code ?query} and {@code
     * #fragment} are cut.
     */
    public LinkTarget link(Path dir, String written) {
        String w = written.strip();
        if (w.startsWith("#")) {
            return new LinkTarget.Fragment(w.substring(1));
        }
        String lower = w.toLowerCase(Locale.ROOT);
        if (lower.startsWith("file:")) {
            return new LinkTarget.Refused(
                    OUTSIDE, "“" + w + "”是本机文件地址（file:），网站上无法打开；" + "请把文件作为附件放在本文件旁边，再写相对路径");
        }
        Optional<LinkTarget> beyond = beyondColumn(w);
        if (beyond.isPresent()) {
            return beyond.get();
        }
        String fragment = "";
        int hash = w.indexOf('#');
        if (hash >= 0) {
            fragment = w.substring(hash + 1);
            w = w.substring(0, hash);
        }
        int query = w.indexOf('?');
        if (query >= 0) {
            w = w.substring(0, query);
        }
        String path = decoded(w);
        if (path.isEmpty()) {
            return new LinkTarget.Fragment(fragment); // [文字]() or (?x): this page
        }
        Optional<LinkTarget.Column> sibling = siblingColumn(dir, path, fragment);
        if (sibling.isPresent()) {
            return sibling.get();
        }
        if (!path.contains("/")
                && !path.contains(".")
                && !path.contains("\\")
                && !path.startsWith("~")) {
            return new LinkTarget.Document(
                    "", path, fragment); // a link by id: [见通知](anzhengfa-2021-8)
        }
        LinkTarget t = resolve(dir, path, written.strip(), fragment);
        if (t instanceof LinkTarget.File f && isSource(f.path(), f.relative())) {
            return new LinkTarget.Document(f.relative(), "", fragment);
        }
        return t;
    }

    /**
     * A folder or file name the relative cross-column form may use: nothing HTML or a shell reads.
     */
    private static final Pattern SEGMENT = Pattern.compile("[\\p{L}\\p{N}._()（）-]+");

    /**
     * {@code ../../../county/policies/2024/x.md} from {@code policies/2025/}: a Markdown source
     * named by climbing exactly one level out of this column's root into a sibling folder named
     * like a platform column. The platform's columns are taken as folders side by side, as the
     * sample platform keeps them (columns/&lt;id&gt;/) and as the site publishes them
     * (OUT/&lt;id&gt;/), wherever a column's checkout really lies; so nothing outside the root is
     * read here, the platform only matches the name against that column's published policies. Any
     * other path that climbs out stays {@link #OUTSIDE}.
     */
    private Optional<LinkTarget.Column> siblingColumn(Path dir, String path, String fragment) {
        Path from = dir.toAbsolutePath().normalize();
        if (!path.contains("..") || path.contains("\\") || !from.startsWith(root)) {
            return Optional.empty();
        }
        List<String> kept = new ArrayList<>();
        int above = 0;
        String rel = root.relativize(from).toString().replace('\\', '/');
        for (String s : (rel + "/" + path).split("/")) {
            if (s.isEmpty() || s.equals(".")) {
                continue;
            }
            if (!s.equals("..")) {
                kept.add(s);
            } else if (!kept.isEmpty()) {
                kept.remove(kept.size() - 1);
            } else if (++above > 1) {
                return Optional.empty();
            }
        }
        if (above != 1
                || kept.size() < 2
                || !LinkTarget.Column.COLUMN_ID.matcher(kept.get(0)).matches()
                || !kept.get(kept.size() - 1).endsWith(".md")
                || !kept.stream().allMatch(s -> SEGMENT.matcher(s).matches())) {
            return Optional.empty();
        }
        return Optional.of(
                new LinkTarget.Column(
                        kept.get(0), "", String.join("/", kept.subList(1, kept.size())), fragment));
    }

    /**
     * A file that is copied into the site or read into it: an attachment, an image, a data file, a
     * configuration file. Never a document's source, never a name the generator writes.
     */
    public LinkTarget file(Path dir, String written) {
        LinkTarget t = resolve(dir, written.strip(), written.strip(), "");
        if (!(t instanceof LinkTarget.File f)) {
            return t;
        }
        if (isSource(f.path(), f.relative())) {
            return new LinkTarget.Refused(
                    SOURCE,
                    "“"
                            + written.strip()
                            + "”是文档的 Markdown 源文件，不能作为附件、"
                            + "图片或数据复制到网站上（不予公开的文件就会这样泄露）；要引用另一份文件，请在正文中写链接 [标题](文件.md)");
        }
        String reserved = reservedName(f.relative(), f.published());
        if (reserved != null) {
            return new LinkTarget.Refused(
                    RESERVED,
                    "“"
                            + written.strip()
                            + "”会以“"
                            + reserved
                            + "”为名发布，这是生成器自己写出的文件名（页面、压缩副本、订阅、搜索、样式）；请给文件改个名字");
        }
        return t;
    }

    /**
     * An image in a body ({@code ![说明](地址)}): an inline {@code data:} image or another host is
     * external (SafeUrls decides whether it shows); a path is decoded as a browser would and
     * resolved as a copied {@link #file}.
     */
    public LinkTarget image(Path dir, String written) {
        String w = written.strip();
        String lower = w.toLowerCase(Locale.ROOT);
        if (lower.startsWith("file:")) {
            return link(dir, w);
        }
        Optional<LinkTarget> beyond = beyondColumn(w);
        if (beyond.isPresent()) {
            return beyond.get();
        }
        int cut = w.indexOf('#');
        if (cut >= 0) {
            w = w.substring(0, cut);
        }
        cut = w.indexOf('?');
        if (cut >= 0) {
            w = w.substring(0, cut);
        }
        String path = decoded(w);
        if (path.isEmpty()) {
            return new LinkTarget.Fragment(
                    ""); // an image without an address shows nothing and reads nothing
        }
        return file(dir, path);
    }

    /** A body link or image, as {@link #link} or {@link #image} resolves it. */
    public LinkTarget of(Path dir, Body.Link l) {
        return l.image() ? image(dir, l.destination()) : link(dir, l.destination());
    }

    /**
     * {@code a/b/../c} → {@code a/c}: the one lexical normalisation of a {@code /}-separated
     * relative path (content paths, and site paths in the post-build link check); null when it
     * climbs above its start.
     */
    public static String normalise(String path) {
        List<String> parts = new ArrayList<>();
        for (String s : path.split("/", -1)) {
            if (s.isEmpty() || s.equals(".")) {
                continue;
            }
            if (s.equals("..")) {
                if (parts.isEmpty()) {
                    return null;
                }
                parts.remove(parts.size() - 1);
            } else {
                parts.add(s);
            }
        }
        return String.join("/", parts);
    }

    /** The path relative to the root, with forward slashes, as findings print it. */
    /**
     * A link's path as the file it names: %E5%9B%BE → 图. A % that starts no escape (a%zz, a
     * trailing %) is a character of the name, as a browser would send it; URLDecoder would throw.
     */
    public static String decoded(String w) {
        if (w.indexOf('%') < 0) {
            return w;
        }
        try {
            return URLDecoder.decode(w.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException notAnEscape) {
            return w;
        }
    }

    public String relative(Path p) {
        return root.relativize(p.toAbsolutePath().normalize()).toString().replace('\\', '/');
    }

    /**
     * A file inside the root, nothing more: a theme's templates and assets, which are read, not
     * copied under their own names.
     */
    public LinkTarget contained(Path dir, String written) {
        return resolve(dir, written.strip(), written.strip(), "");
    }

    private LinkTarget resolve(Path dir, String path, String shown, String fragment) {
        if (path.isEmpty()) {
            return new LinkTarget.Refused(OUTSIDE, "路径为空");
        }
        if (path.indexOf('\\') >= 0 || path.matches("^[A-Za-z]:.*")) {
            return new LinkTarget.Refused(OUTSIDE, "“" + shown + "”是 Windows 路径，请用 / 分隔的相对路径");
        }
        if (path.startsWith("/") || path.startsWith("~")) {
            return new LinkTarget.Refused(
                    OUTSIDE, "“" + shown + "”是绝对路径，只能引用 " + label + " 内的文件（写相对于本文件的路径）");
        }
        if (path.indexOf('\0') >= 0) {
            return new LinkTarget.Refused(OUTSIDE, "“" + shown + "”含有非法字符");
        }
        Path p;
        try {
            p = dir.toAbsolutePath().resolve(path).normalize();
        } catch (InvalidPathException e) {
            return new LinkTarget.Refused(OUTSIDE, "“" + shown + "”不是有效的路径");
        }
        if (!p.startsWith(root) || p.equals(root)) {
            return new LinkTarget.Refused(
                    OUTSIDE, "“" + shown + "”用 ../ 越出了 " + label + " 文件夹；只能引用 " + label + " 内的文件");
        }
        boolean exists = false;
        if (Files.exists(p, LinkOption.NOFOLLOW_LINKS)) {
            try {
                Path real = p.toRealPath();
                if (!real.startsWith(realRoot)) {
                    return new LinkTarget.Refused(
                            OUTSIDE,
                            "“" + shown + "”是指向 " + label + " 之外的符号链接，不允许（它会把本机上的其他文件发布出去）");
                }
                exists = Files.isRegularFile(real);
            } catch (IOException e) {
                // a link to nothing: as missing as a file that is not there
                exists = false;
            }
        }
        return new LinkTarget.File(p, relative(p), published(dir, path), fragment, exists);
    }

    /**
     * Whether {@code p} is, on disk and with links followed, still inside the folder this resolves
     * in: a file resolved at load may since have been replaced by a link that leads out ({@code
     * serve} keeps documents, and their targets, across saves of other files).
     */
    public boolean stillInside(Path p) {
        try {
            return p.toRealPath().startsWith(realRoot);
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * The written path normalised within its folder ({@code x/../a.png} → {@code a.png}); null if
     * it climbs.
     */
    static String published(Path dir, String path) {
        String n = normalise(path);
        return n == null || n.isEmpty() ? null : n;
    }

    /**
     * Whether a path is a document source: by the name written and by the real file behind a
     * symbolic link ({@code a.pdf → secret.md}). Any {@code .md}, public or not: a public page's
     * source is not what residents should download either, and whether it is public is decided
     * elsewhere.
     */
    private static boolean isSource(Path p, String relative) {
        if (isMarkdown(relative)) {
            return true;
        }
        try {
            return Files.exists(p) && isMarkdown(p.toRealPath().getFileName().toString());
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean isMarkdown(String name) {
        String n = name.toLowerCase(Locale.ROOT).strip();
        return n.endsWith(".md") || n.endsWith(".markdown");
    }

    /** The generated name a copy would take, or null when its names are free. */
    static String reservedName(String relative, String published) {
        String name = relative.substring(relative.lastIndexOf('/') + 1);
        List<String> names = new ArrayList<>(List.of(name));
        if (published != null) {
            names.addAll(List.of(published.split("/")));
        }
        for (String n : names) {
            String lower = n.toLowerCase(Locale.ROOT);
            if (GENERATED_NAMES.contains(lower)
                    || lower.endsWith(".gz")
                    || lower.endsWith(".br")
                    || lower.startsWith(".")) {
                return n;
            }
        }
        return null;
    }

    /**
     * Another column of the platform, or somewhere off the site (a scheme, or {@code //host}; a
     * Windows drive letter is no scheme).
     */
    private static Optional<LinkTarget> beyondColumn(String w) {
        Optional<LinkTarget.Column> column = LinkTarget.Column.parse(w);
        if (column.isPresent()) {
            return Optional.of(column.get());
        }
        if (w.startsWith("//")
                || (w.matches("^[a-zA-Z][a-zA-Z0-9+.-]*:.*")
                        && !w.matches("^[A-Za-z]:[\\\\/].*"))) {
            return Optional.of(new LinkTarget.External(w));
        }
        return Optional.empty();
    }
}
