package org.gongkai.content;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a site writes its 索引号, declared in site.yaml ({@code index_no: {format: 代码/YYYY-NNNNN, code:
 * …}}). Counties differ: {@code 11370322004222241N/2021-5135380}, {@code …/202110-00013}, {@code
 * 6107280000/2024-001005}. The format is written with 代码 (the code), YYYY (year), MM (month), a run
 * of N (a serial of exactly that many digits, zero-padded) or N+ (a serial of any length); every
 * other character stands for itself.
 *
 * @param code the code in front, by default the site's org_code
 * @param format the pattern as written
 */
public record IndexScheme(String code, String format) {

    public static final String DEFAULT_FORMAT = "代码/YYYY-NNNNN";

    public static IndexScheme standard(String orgCode) {
        return new IndexScheme(orgCode, DEFAULT_FORMAT);
    }

    /** What is wrong with the format, if anything (it must name 代码, YYYY and a serial N). */
    public Optional<String> problem() {
        if (count("代码") != 1
                || count("YYYY") != 1
                || count("MM") > 1
                || format.replaceAll("N+\\+?", "N").chars().filter(c -> c == 'N').count() != 1) {
            return Optional.of(
                    "索引号格式“" + format + "”应包含 代码、YYYY（年份）和 N（序号，如 NNNNN），例如 " + DEFAULT_FORMAT);
        }
        return Optional.empty();
    }

    private int count(String token) {
        int n = 0;
        for (int i = format.indexOf(token); i >= 0; i = format.indexOf(token, i + token.length())) {
            n++;
        }
        return n;
    }

    /** The format in words, for messages: 代码/YYYY-NNNNN is 代码/年份-五位序号. */
    public String describe() {
        String digits = "零一二三四五六七八九十";
        int w = serialWidth();
        String serial =
                w == 0
                        ? "序号"
                        : (w <= 10 ? String.valueOf(digits.charAt(w)) : String.valueOf(w)) + "位序号";
        return format.replace("YYYY", "年份").replace("MM", "月份").replaceAll("N\\+|N+", serial);
    }

    /** The serial's width, or 0 when it has none (N+). */
    public int serialWidth() {
        int i = format.indexOf('N');
        if (i < 0 || (i + 1 < format.length() && format.charAt(i + 1) == '+')) {
            return 0;
        }
        int n = 0;
        while (i + n < format.length() && format.charAt(i + n) == 'N') {
            n++;
        }
        return n;
    }

    /** Whether the sequence restarts every month (the format has MM). */
    public boolean hasMonth() {
        return format.contains("MM");
    }

    /** What a 索引号 written in this scheme holds; {@code month} is 0 when the format has no MM. */
    public Optional<IndexNumber> parse(String text) {
        Grammar grammar = grammar();
        Matcher m = grammar.pattern().matcher(text.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        return Optional.of(
                new IndexNumber(
                        grammar.group(m, "code").orElse(""),
                        grammar.group(m, "year").map(Integer::parseInt).orElse(0),
                        grammar.group(m, "month").map(Integer::parseInt).orElse(0),
                        grammar.group(m, "serial").map(Long::parseLong).orElse(0L)));
    }

    /**
     * {@code value} in at least {@code width} digits, zeros in front, as {@code
     * String.format("%0Nd")} writes it (a negative value: the sign, then the zeros), without
     * parsing a format string each time.
     */
    static void padded(StringBuilder out, long value, int width) {
        String digits = Long.toString(Math.abs(value));
        if (value < 0) {
            out.append('-');
            width--;
        }
        for (int k = digits.length(); k < width; k++) {
            out.append('0');
        }
        out.append(digits);
    }

    /** A 索引号 in this scheme, with {@code code} in front. */
    public String format(String code, int year, int month, long serial) {
        StringBuilder out = new StringBuilder();
        for (Part p : parts()) {
            switch (p.group()) {
                case "code" -> out.append(code);
                case "year" -> padded(out, year, p.width());
                case "month" -> padded(out, month, p.width());
                case "serial" -> padded(out, serial, p.width());
                default -> out.append(p.written());
            }
        }
        return out.toString();
    }

    /**
     * A piece of the format as written: a field (the named group {@code group}, {@code width}
     * digits at least, 0 for any) matched by {@code regex}, or a character standing for itself
     * ({@code group} empty). Formatting and parsing both walk these, so the two read the format
     * alike.
     */
    private record Part(String written, String group, int width, String regex) {}

    private List<Part> parts() {
        List<Part> parts = new ArrayList<>();
        for (int i = 0; i < format.length(); i += parts.get(parts.size() - 1).written().length()) {
            parts.add(partAt(i));
        }
        return parts;
    }

    private Part partAt(int i) {
        if (format.startsWith("代码", i)) {
            return new Part("代码", "code", 0, "[0-9A-Za-z]+");
        } else if (format.startsWith("YYYY", i)) {
            return new Part("YYYY", "year", 4, "\\d{4}");
        } else if (format.startsWith("MM", i)) {
            return new Part("MM", "month", 2, "0[1-9]|1[0-2]");
        } else if (format.startsWith("N+", i)) {
            return new Part("N+", "serial", 0, "\\d+");
        } else if (format.charAt(i) == 'N') {
            int n = 1;
            while (i + n < format.length() && format.charAt(i + n) == 'N') {
                n++;
            }
            return new Part("N".repeat(n), "serial", n, "\\d{" + n + "}");
        }
        String c = String.valueOf(format.charAt(i));
        return new Part(c, "", 0, Pattern.quote(c));
    }

    /**
     * A format compiled, with the names of the groups it has: a format without MM has no month
     * group, and asking the matcher for it would throw (and the check asked once per document: ten
     * thousand exceptions, each filling in its stack trace, on a 10,000-document column).
     */
    private record Grammar(Pattern pattern, Set<String> groups) {
        Optional<String> group(Matcher m, String name) {
            return groups.contains(name) ? Optional.ofNullable(m.group(name)) : Optional.empty();
        }
    }

    /** Compiled once per format: the check asks for every document. */
    private static final Map<String, Grammar> GRAMMARS = new ConcurrentHashMap<>();

    private Grammar grammar() {
        return GRAMMARS.computeIfAbsent(format, f -> compile());
    }

    private Grammar compile() {
        StringBuilder re = new StringBuilder();
        Set<String> groups = new HashSet<>();
        for (Part p : parts()) {
            if (p.group().isEmpty()) {
                re.append(p.regex());
            } else {
                re.append("(?<").append(p.group()).append('>').append(p.regex()).append(')');
                groups.add(p.group());
            }
        }
        return new Grammar(Pattern.compile(re.toString()), Set.copyOf(groups));
    }
}
