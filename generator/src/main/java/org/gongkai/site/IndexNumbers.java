package org.gongkai.site;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongkai.content.Content;
import org.gongkai.content.Document;

/**
 * 索引号 ({@code ORGCODE/YEAR-NNNNN}): the next free number of a year, for tools that create documents
 * (import, scaffolding). Numbers run across all types within a year, as the column's catalogue lists them.
 */
public final class IndexNumbers {

    private static final Pattern FORM = Pattern.compile("^(.+)/([0-9]{4})-([0-9]{1,9})$");

    private IndexNumbers() {
    }

    /** One past the highest number used in {@code year}; empty when site.yaml gives no org_code. */
    public static Optional<String> next(Content content, int year) {
        String org = content.site().orgCode();
        if (org == null || org.isBlank()) {
            return Optional.empty();
        }
        int highest = 0;
        for (Document d : content.documents()) {
            if (d.indexNo().isEmpty()) {
                continue;
            }
            Matcher m = FORM.matcher(d.indexNo().get().strip());
            if (m.matches() && m.group(1).equals(org) && Integer.parseInt(m.group(2)) == year) {
                highest = Math.max(highest, Integer.parseInt(m.group(3)));
            }
        }
        return Optional.of(String.format("%s/%d-%05d", org, year, highest + 1));
    }
}
