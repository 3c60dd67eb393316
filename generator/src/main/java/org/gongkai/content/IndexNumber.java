package org.gongkai.content;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * 索引号 {@code ORGCODE/YEAR-NNNNN}: the organ's 统一社会信用代码, the year, and a sequence running across
 * all types within the year, as the column's catalogue lists them.
 *
 * <p>{@link #next} is the one way tools that create documents ({@code new}, {@code import}) choose a
 * number. It reads the files themselves, not the loaded documents: a file that does not load (broken
 * YAML, a bad date, not UTF-8) still holds its number, and handing that number out again would make two
 * documents share it once the file is mended.
 */
public record IndexNumber(String orgCode, int year, int serial) {

    private static final Pattern FORM = Pattern.compile("^(.+)/([0-9]{4})-([0-9]{1,9})$");
    /** An index_no line of front matter, quoted or not; the alias 索引号 too. */
    private static final Pattern LINE = Pattern.compile(
            "(?m)^(?:index_no|索引号)\\s*:\\s*['\"]?([^\\s'\"#]+/[0-9]{4}-[0-9]{1,9})");

    public IndexNumber {
        if (orgCode == null || orgCode.isBlank()) {
            throw new IllegalArgumentException("site.yaml 没有 org_code（统一社会信用代码），无法编索引号");
        }
    }

    public static Optional<IndexNumber> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = FORM.matcher(text.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        return Optional.of(new IndexNumber(m.group(1), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))));
    }

    /** As the content model writes it: five-digit sequence. */
    @Override
    public String toString() {
        return String.format("%s/%d-%05d", orgCode, year, serial);
    }

    /**
     * One past the highest sequence {@code orgCode} used in {@code year} in any .md file under
     * {@code content}, loadable or not, published or not.
     */
    public static IndexNumber next(Path content, String orgCode, int year) throws IOException {
        int highest = 0;
        if (Files.isDirectory(content)) {
            try (Stream<Path> walk = Files.walk(content)) {
                for (Path p : (Iterable<Path>) walk.filter(f -> f.toString().endsWith(".md")
                        && Files.isRegularFile(f))::iterator) {
                    Optional<IndexNumber> n = in(p);
                    if (n.isPresent() && n.get().orgCode().equals(orgCode) && n.get().year() == year) {
                        highest = Math.max(highest, n.get().serial());
                    }
                }
            }
        }
        return new IndexNumber(orgCode, year, highest + 1);
    }

    /**
     * The number a file holds in its front matter, read as bytes so that a file in the wrong encoding
     * still counts; a front matter that never closes is read to the end (better one number skipped than
     * one given twice).
     */
    public static Optional<IndexNumber> in(Path file) throws IOException {
        // ISO-8859-1 maps every byte: the ASCII key and number survive whatever the file's encoding
        String s = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
        int start = s.startsWith("\u00EF\u00BB\u00BF") ? 3 : 0; // UTF-8 BOM
        if (!s.startsWith("---", start)) {
            return Optional.empty();
        }
        int end = s.indexOf("\n---", start + 3);
        String head = end < 0 ? s : s.substring(start, end);
        Matcher m = LINE.matcher(head.replace("\u00E7\u00B4\u00A2\u00E5\u00BC\u0095\u00E5\u008F\u00B7", "索引号"));
        return m.find() ? parse(m.group(1)) : Optional.empty();
    }
}
