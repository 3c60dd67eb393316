package org.gongkai.platform;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongkai.content.Finding;
import org.gongkai.publish.Precompressed;
import org.gongkai.render.PlatformViews;

/**
 * Links from one column's documents to another's ({@code county:xzf-2024-3}: a township's policy
 * citing the county's). A column is built without the others in memory, so it writes such a link as
 * {@code <a data-xref="county:xzf-2024-3">} with no address; once every column is built (or every
 * part is assembled) the platform knows each column's published policies with their derived
 * validity, checks every such link and gives it its address and the target's validity label — the
 * county's own derivation, so a county repeal shows on the township's page at the next platform
 * build. Patching is idempotent: a page reused from an earlier build is patched again from its
 * marker.
 */
final class CrossColumnLinks {

    static final String RULE = "platform-link-broken";

    /**
     * The marker a column writes, and the same tag once patched (address and label are rewritten
     * each time).
     */
    private static final Pattern TAG =
            Pattern.compile("<a\\b[^>]*?\\bdata-xref=\"([^\"]+)\"[^>]*>");

    private CrossColumnLinks() {}

    /**
     * Every published policy of every column by both keys a link may carry, {@code column:id} and
     * {@code column:/source}: the one entry, so both forms get the same address and the same
     * derived validity.
     */
    private static Map<String, PlatformViews.Entry> targets(List<ColumnFacts> columns) {
        Map<String, PlatformViews.Entry> out = new HashMap<>();
        for (ColumnFacts c : columns) {
            for (PlatformViews.Entry e : c.summary().policies()) {
                out.put(c.id() + ":" + e.item().id(), e);
            }
            c.policySources()
                    .forEach(
                            (file, id) -> {
                                PlatformViews.Entry e = out.get(c.id() + ":" + id);
                                if (e != null) {
                                    out.put(c.id() + ":/" + file, e);
                                }
                            });
        }
        return out;
    }

    /**
     * A link whose column or document does not exist, or whose document is not published, is an
     * error.
     */
    static List<Finding> check(List<ColumnFacts> columns) {
        Map<String, PlatformViews.Entry> targets = targets(columns);
        Map<String, String> names = new HashMap<>();
        columns.forEach(c -> names.put(c.id(), c.summary().name()));
        List<Finding> out = new ArrayList<>();
        for (ColumnFacts c : columns) {
            for (ColumnFacts.CrossLink l : c.crossLinks()) {
                if (targets.containsKey(l.target())) {
                    continue;
                }
                String column = l.target().substring(0, l.target().indexOf(':'));
                String id = l.target().substring(column.length() + 1);
                String message =
                        names.containsKey(column) && id.startsWith("/")
                                ? "链接指向栏目“"
                                        + names.get(column)
                                        + "”的“"
                                        + id.substring(1)
                                        + "”，那里没有这份公开的政策文件（路径写错了，或那份文件不公开、尚未发布）：请核对路径"
                                : names.containsKey(column)
                                        ? "链接“"
                                                + l.target()
                                                + "”：栏目“"
                                                + names.get(column)
                                                + "”没有公开编号为“"
                                                + id
                                                + "”的政策文件（编号写错了，或那份文件不公开、尚未发布）：请核对编号"
                                        : "链接“"
                                                + l.target()
                                                + "”：平台上没有编号为“"
                                                + column
                                                + "”的栏目（platform.yaml 的 columns 中的 id）；"
                                                + "链接其他栏目的政策文件请写“栏目编号:文件编号”，"
                                                + "或 ../栏目编号/ 开头的相对路径";
                out.add(Finding.error(RULE, PlatformRules.ref(l.at()), message));
            }
        }
        return out;
    }

    /**
     * Gives every cross-column link in {@code root} its address and its target's validity label.
     */
    static void patch(Path root, List<ColumnFacts> columns) throws IOException {
        Map<String, PlatformViews.Entry> targets = targets(columns);
        for (ColumnFacts c : columns) {
            Map<String, Boolean> pages = new LinkedHashMap<>();
            c.crossLinks().forEach(l -> pages.put(l.page(), true));
            for (String page : pages.keySet()) {
                String path = c.id() + "/" + page;
                Path file = root.resolve(path).normalize();
                if (!file.startsWith(root.normalize())) {
                    // facts come from JSON a part carries: a page outside the output is never
                    // touched
                    throw new IOException("栏目“" + c.id() + "”的页面路径“" + page + "”不在输出目录内");
                }
                String html = Files.readString(file, StandardCharsets.UTF_8);
                String up = "../".repeat((int) path.chars().filter(ch -> ch == '/').count());
                Matcher m = TAG.matcher(html);
                StringBuilder sb = new StringBuilder(html.length() + 256);
                while (m.find()) {
                    PlatformViews.Entry e = targets.get(m.group(1));
                    String tag =
                            e == null
                                    ? m.group(0) // check has refused the build already
                                    : "<a data-xref=\""
                                            + m.group(1)
                                            + "\" href=\""
                                            + up
                                            + e.item().href()
                                            + "\""
                                            + (e.item().validity().isEmpty()
                                                    ? ""
                                                    : " data-validity=\""
                                                            + e.item().validity()
                                                            + "\"")
                                            + ">";
                    m.appendReplacement(sb, Matcher.quoteReplacement(tag));
                }
                m.appendTail(sb);
                String patched = sb.toString();
                if (!patched.equals(html)) {
                    // a page taken from the last build is patched already: left as it is, it keeps
                    // its time and a deploy that compares times leaves it alone
                    replace(file, patched.getBytes(StandardCharsets.UTF_8));
                }
            }
        }
    }

    /**
     * A new file in place of the old: a part's and a reused column's pages are hard links to the
     * part's or the previous build's files, which must not change under them.
     */
    private static void replace(Path file, byte[] bytes) throws IOException {
        Path tmp = file.resolveSibling(file.getFileName() + ".xref-tmp");
        Files.write(tmp, bytes);
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        Path gz = file.resolveSibling(file.getFileName() + ".gz");
        if (Files.exists(gz)) {
            Files.write(tmp, Precompressed.gzip(bytes));
            Files.move(
                    tmp, gz, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }
    }
}
