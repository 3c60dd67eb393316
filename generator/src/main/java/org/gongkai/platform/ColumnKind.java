package org.gongkai.platform;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What a column belongs to; the platform home lists the columns in this order (国办发〔2017〕47号 集约化).
 */
public enum ColumnKind {
    COUNTY("县政府", "县政府", List.of("县政府", "县级政府", "政府", "county")),
    DEPARTMENT("部门", "县政府部门", List.of("部门", "县直部门", "政府部门", "department")),
    TOWNSHIP("乡镇/街道", "乡镇（街道）", List.of("乡镇/街道", "乡镇", "街道", "乡", "镇", "township", "subdistrict"));

    private final String label;
    private final String heading;

    @SuppressWarnings(
            "ImmutableEnumChecker") // List.of: unmodifiable; the checker knows only Guava's
    // immutable types
    private final List<String> spellings;

    ColumnKind(String label, String heading, List<String> spellings) {
        this.label = label;
        this.heading = heading;
        this.spellings = spellings;
    }

    public String label() {
        return label;
    }

    /** The heading of its group on the platform home. */
    public String heading() {
        return heading;
    }

    public static Optional<ColumnKind> parse(String text) {
        String t = text.strip();
        for (ColumnKind k : values()) {
            if (k.spellings.contains(t) || k.spellings.contains(t.toLowerCase(Locale.ROOT))) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }
}
