package org.gongkai.content;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A name an editor writes that becomes one file or folder name in site/: a document's 编号, a
 * village, an issuer, a topic. The file system's refusals (a name too long, a NUL, a folder where
 * the generator writes a file) used to surface mid-build as a Java exception; here they are found
 * at load time and reported at the line that wrote the name.
 */
public final class OutputName {

    private OutputName() {}

    /**
     * Longest name, in UTF-8 bytes (about 33 汉字). File systems stop at 255 bytes; 100 leaves room
     * for the suffixes a host adds ({@code .gz}, {@code .br}), for copies on Windows servers whose
     * whole path is limited, and for zip and tar tools that still cut names at 100.
     */
    public static final int MAX_BYTES = 100;

    /**
     * Names the generator writes itself, beside or inside a document's folder (a year's {@code
     * index.html}, the pager's {@code page/}, a report's {@code figures.csv}) or at the site root;
     * a document or village of that name would make a folder where a file must go, or overwrite it.
     * Compared in lower case: the site is often copied to a Windows server, whose file names ignore
     * case.
     */
    static final Set<String> RESERVED =
            Set.of(
                    "index.html",
                    "404.html",
                    "feed.xml",
                    "sitemap.xml",
                    "robots.txt",
                    "search",
                    "assets",
                    "sitemap",
                    "page",
                    "figures.csv",
                    // the 依申请公开 page's application forms (ApplicationForm)
                    "shenqingbiao-gongmin.docx",
                    "shenqingbiao-gongmin.pdf",
                    "shenqingbiao-faren.docx",
                    "shenqingbiao-faren.pdf");

    /**
     * Windows device names, refused there with any extension ({@code con.txt} too): on the Windows
     * server the site is often copied to, a folder named {@code con} cannot exist.
     */
    static final Set<String> DEVICES =
            Set.of(
                    "con", "prn", "aux", "nul", "com1", "com2", "com3", "com4", "com5", "com6",
                    "com7", "com8", "com9", "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7",
                    "lpt8", "lpt9");

    private static final Pattern REFUSED = Pattern.compile("[\\\\:*?\"<>|#%&\\s\\p{Cntrl}]+");

    /**
     * A village, issuer or topic as the folders it is written to (villages/东关村/): a / nests,
     * characters file systems or URLs refuse become -, an empty or dot-only part becomes _. Two
     * different names can meet in one folder this way ("东关 村", "东关-村"), which the rule
     * folder-name-shared reports.
     */
    public static String folders(String name) {
        StringBuilder sb = new StringBuilder();
        for (String part : name.split("/")) {
            String clean = REFUSED.matcher(part.strip()).replaceAll("-");
            if (clean.isEmpty() || clean.equals(".") || clean.equals("..")) {
                clean = "_";
            }
            if (sb.length() > 0) {
                sb.append('/');
            }
            sb.append(clean);
        }
        return sb.toString();
    }

    /**
     * What is wrong with {@code name} as one path segment, in words for the editor; empty when it
     * is usable.
     */
    public static Optional<String> problem(String name) {
        if (name.isEmpty()) {
            return Optional.of("是空的");
        }
        if (name.equals(".") || name.equals("..")) {
            return Optional.of("不能是 . 或 ..（它们表示当前或上一级文件夹）");
        }
        if (name.indexOf('/') >= 0 || name.indexOf('\\') >= 0) {
            return Optional.of("含有斜杠 / 或 \\，会被当作文件夹分隔符");
        }
        for (int i = 0; i < name.length(); ) {
            int cp = name.codePointAt(i);
            if ((INVISIBLE >> Character.getType(cp) & 1) != 0) {
                return Optional.of(String.format("含有看不见的控制字符 U+%04X（多半是从别处复制时带进来的）", cp));
            }
            i += Character.charCount(cp);
        }
        char last = name.charAt(name.length() - 1);
        if (last == '.' || Character.isWhitespace(last) || Character.isWhitespace(name.charAt(0))) {
            return Optional.of("首尾不能是空格，结尾不能是点（Windows 服务器会去掉它们，网址便对不上了）");
        }
        String lower = name.toLowerCase(Locale.ROOT);
        if (RESERVED.contains(lower)) {
            return Optional.of("与网站自己生成的文件或文件夹同名，会互相覆盖");
        }
        int dot = lower.indexOf('.');
        if (DEVICES.contains(dot < 0 ? lower : lower.substring(0, dot))) {
            return Optional.of("是 Windows 的设备名，复制到 Windows 服务器时无法建立");
        }
        int bytes = name.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > MAX_BYTES) {
            return Optional.of("太长：有 " + bytes + " 字节，上限是 " + MAX_BYTES + " 字节（约 33 个汉字或 100 个字母）");
        }
        return Optional.empty();
    }

    /**
     * Control (Cc), format (Cf: zero-width, direction marks), unpaired surrogate (Cs), line and
     * paragraph separator (Zl, Zp): a set of Unicode general categories, one bit per {@link
     * Character#getType} value, so testing a code point is one shift. Private-use and unassigned
     * code points stay allowed: rare characters in village names are still written that way
     * (GB18030's private-use area, Han extensions newer than the JDK's Unicode tables).
     */
    private static final int INVISIBLE =
            1 << Character.CONTROL
                    | 1 << Character.FORMAT
                    | 1 << Character.SURROGATE
                    | 1 << Character.LINE_SEPARATOR
                    | 1 << Character.PARAGRAPH_SEPARATOR;

    /** The first problem of any /-separated part of {@code name} as a folder name in site/. */
    static Optional<String> folderProblem(String name) {
        for (String part : name.split("/", -1)) {
            String p = part.strip();
            if (!p.isEmpty()) {
                Optional<String> problem = problem(p);
                if (problem.isPresent()) {
                    return problem;
                }
            }
        }
        return Optional.empty();
    }

    /**
     * A name as a message quotes it: at most 20 characters, so a pasted page does not fill the
     * report.
     */
    static String shown(String name) {
        String cut =
                name.codePointCount(0, name.length()) <= 20
                        ? name
                        : name.substring(0, name.offsetByCodePoints(0, 20)) + "…";
        // a NUL or a direction mark printed as is would garble the editor's terminal or CI log
        return cut.replaceAll("[\\p{Cc}\\p{Cf}\\p{Cs}\\p{Zl}\\p{Zp}]", "\uFFFD");
    }
}
