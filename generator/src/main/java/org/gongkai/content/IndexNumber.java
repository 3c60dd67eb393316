package org.gongkai.content;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A 索引号: the code in front (by default the organ's 统一社会信用代码), the year, the month where the site's
 * scheme has one, and a sequence running across all types within the year (or month), as the
 * column's catalogue lists them. How it is written is the site's {@link IndexScheme}; this is what
 * it holds.
 *
 * <p>{@link #next} is the one way tools that create documents ({@code new}, {@code import}) choose
 * a number. It reads the files themselves, not the loaded documents: a file that does not load
 * (broken YAML, a bad date, not UTF-8) still holds its number, and handing that number out again
 * would make two documents share it once the file is mended.
 */
public record IndexNumber(String code, int year, int month, long serial) {

    /** An index_no line of front matter, quoted or not; the alias 索引号 too. */
    private static final Pattern LINE =
            Pattern.compile("(?m)^(?:index_no|索引号)\\s*:\\s*['\"]?([^\\s'\"#]+)");

    /** As {@code scheme} writes it. */
    public String in(IndexScheme scheme) {
        return scheme.format(code, year, month, serial);
    }

    /**
     * One past the highest sequence the scheme's code used in {@code date}'s year (and month, where
     * the scheme counts by month) in any .md file under {@code content}, loadable or not, published
     * or not.
     */
    public static IndexNumber next(Path content, IndexScheme scheme, LocalDate date)
            throws IOException {
        if (scheme.code().isBlank()) {
            throw new IllegalArgumentException("site.yaml 没有 org_code（统一社会信用代码），无法编索引号");
        }
        int month = scheme.hasMonth() ? date.getMonthValue() : 0;
        long highest = 0;
        if (Files.isDirectory(content)) {
            try (Stream<Path> walk = Files.walk(content)) {
                for (Path p :
                        (Iterable<Path>)
                                walk.filter(
                                                f ->
                                                        f.toString().endsWith(".md")
                                                                && Files.isRegularFile(f))
                                        ::iterator) {
                    Optional<IndexNumber> n = written(p).flatMap(scheme::parse);
                    if (n.isPresent()
                            && n.get().code().equals(scheme.code())
                            && n.get().year() == date.getYear()
                            && n.get().month() == month) {
                        highest = Math.max(highest, n.get().serial());
                    }
                }
            }
        }
        return new IndexNumber(scheme.code(), date.getYear(), month, highest + 1);
    }

    /**
     * The 索引号 a file holds in its front matter, as written; read as bytes so that a file in the
     * wrong encoding still counts; a front matter that never closes is read to the end (better one
     * number skipped than one given twice).
     */
    public static Optional<String> written(Path file) throws IOException {
        // ISO-8859-1 maps every byte: the ASCII key and number survive whatever the file's encoding
        String s = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
        int start = s.startsWith("\u00EF\u00BB\u00BF") ? 3 : 0; // UTF-8 BOM
        if (!s.startsWith("---", start)) {
            return Optional.empty();
        }
        int end = s.indexOf("\n---", start + 3);
        String head = end < 0 ? s : s.substring(start, end);
        Matcher m =
                LINE.matcher(
                        head.replace(
                                "\u00E7\u00B4\u00A2\u00E5\u00BC\u0095\u00E5\u008F\u00B7", "索引号"));
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }
}
