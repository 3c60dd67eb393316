package org.gongkai.content;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Writes front matter for an editor to complete: {@code new} and {@code import} both write through
 * it, so a value is quoted one way and reads back as the string it was. A line may carry a comment
 * after it (aligned, so key, value and meaning read at a glance) or a comment line above it.
 */
public final class FrontMatterWriter {

    private static final Pattern PLAIN_SCALAR =
            Pattern.compile("^[^\\-?:,\\[\\]{}#&*!|>'\"%@`\\s][^#:]*$");
    private static final Pattern YAML_SPECIAL =
            Pattern.compile(
                    "^(true|false|yes|no|on|off|null|~|[-+]?[0-9][0-9_.:eE+-]*)$",
                    Pattern.CASE_INSENSITIVE);

    private final List<String[]> lines = new ArrayList<>();

    /** A YAML scalar: plain when that reads back as the same string, else double-quoted. */
    public static String scalar(String v) {
        if (PLAIN_SCALAR.matcher(v).matches()
                && !YAML_SPECIAL.matcher(v).matches()
                && !v.endsWith(" ")) {
            return v;
        }
        return "\"" + v.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    /**
     * {@code key: value # comment}; the value as written (already a YAML scalar), the key alone
     * when it is empty.
     */
    public FrontMatterWriter key(String key, String value, String comment) {
        return line(value.isEmpty() ? key + ":" : key + ": " + value, comment);
    }

    /** A line as written, with a comment after it unless {@code comment} is empty. */
    public FrontMatterWriter line(String text, String comment) {
        lines.add(new String[] {text, comment});
        return this;
    }

    /** A comment line, for the line below it. */
    public FrontMatterWriter comment(String text) {
        return line("# " + text, "");
    }

    /** Lines written elsewhere (a block of YAML), each on its own. */
    public FrontMatterWriter lines(String block) {
        block.lines().forEach(l -> line(l, ""));
        return this;
    }

    /** The lines, without the {@code ---} fences. */
    public String text() {
        int width = 0;
        for (String[] l : lines) {
            if (!l[1].isEmpty()) {
                width = Math.max(width, displayWidth(l[0]));
            }
        }
        StringBuilder sb = new StringBuilder();
        for (String[] l : lines) {
            sb.append(l[0]);
            if (!l[1].isEmpty()) {
                sb.append(" ".repeat(Math.min(40, width) - Math.min(40, displayWidth(l[0])) + 2))
                        .append("# ")
                        .append(l[1]);
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    /** CJK characters take two columns in an editor. */
    private static int displayWidth(String s) {
        int w = 0;
        for (int i = 0; i < s.length(); i++) {
            w += s.charAt(i) > 0x2E80 ? 2 : 1;
        }
        return w;
    }
}
