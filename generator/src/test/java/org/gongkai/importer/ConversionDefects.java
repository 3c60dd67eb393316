package org.gongkai.importer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The conversion defects the raw seed shows, found in an imported file's Markdown: heading levels
 * that jump, the same heading twice, a paragraph cut mid-sentence, half-width numbering, stray
 * spaces between Chinese and digits. The check rules (heading-levels, heading-duplicate,
 * paragraph-broken, numbering-mixed, stray-space) look for the same; this is the test's own,
 * independent view.
 */
final class ConversionDefects {

    /** The check rules for conversion quality; an imported file must trigger none of them. */
    static final Set<String> RULES =
            Set.of(
                    "heading-levels",
                    "heading-duplicate",
                    "paragraph-broken",
                    "numbering-mixed",
                    "stray-space");

    private static final Pattern HALF_WIDTH =
            Pattern.compile("^\\(\\s*([一二三四五六七八九十]+|[0-9]+)\\s*\\)");
    private static final Pattern STRAY_SPACE =
            Pattern.compile("\\p{IsHan} +[0-9]|[0-9] +\\p{IsHan}|\\p{IsHan} +\\p{IsHan}");

    private ConversionDefects() {}

    /** Heading words (numbering stripped) that occur in more than one heading of the raw text. */
    static List<String> duplicateWords(List<String> rawLines) {
        Set<String> seen = new HashSet<>();
        List<String> out = new ArrayList<>();
        for (String l : rawLines) {
            if (l.startsWith("#")) {
                String words =
                        l.replaceFirst("^#+\\s*", "")
                                .replaceFirst("^([一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[)）])", "")
                                .replaceAll("\\s+", "");
                if (!seen.add(words) && !out.contains(words)) {
                    out.add(words);
                }
            }
        }
        return out;
    }

    static List<String> in(String markdown) {
        List<String> out = new ArrayList<>();
        String[] parts = markdown.split("(?m)^---$", 3);
        for (String line : parts[1].split("\n")) {
            if (line.startsWith("title:") && STRAY_SPACE.matcher(line).find()) {
                out.add("stray space in title: " + line);
            }
        }
        int previous = 1;
        Set<String> headings = new HashSet<>();
        Map<Numbering, Integer> levels = new HashMap<>();
        for (String block : parts[2].strip().split("\n\n")) {
            String b = block.strip();
            if (b.startsWith("#")) {
                int level = b.indexOf(' ');
                String text = b.substring(level + 1);
                if (level > previous + 1) {
                    out.add("heading jumps from level " + previous + " to " + level + ": " + b);
                }
                if (!headings.add(text)) {
                    out.add("duplicate heading: " + b);
                }
                previous = level;
                Numbering kind = Numbering.of(text).orElse(null);
                if (kind != null
                        && levels.putIfAbsent(kind, level) != null
                        && levels.get(kind) != level) {
                    out.add("numbering at inconsistent heading levels: " + b);
                }
            } else if (!b.startsWith("|")) {
                String plain = b.replace("**", "").replace("\\", "");
                if (plain.length() > 40 && !ChineseText.endsSentence(plain)) {
                    out.add(
                            "paragraph ends mid-sentence: …"
                                    + plain.substring(plain.length() - 20));
                }
            }
            String text = b.replaceFirst("^#+ ", "");
            if (HALF_WIDTH.matcher(text).find()) {
                out.add("half-width numbering: " + text.substring(0, Math.min(20, text.length())));
            }
            if (STRAY_SPACE.matcher(text).find()) {
                out.add("stray space: " + text.substring(0, Math.min(30, text.length())));
            }
        }
        return out;
    }
}
