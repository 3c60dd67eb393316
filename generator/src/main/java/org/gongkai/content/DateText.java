package org.gongkai.content;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as editors write them. YYYY-MM-DD is the form; 2022-6-21, 2022/06/21 and 2022年6月21日 are
 * understood too (Office exports produce them), and reported as a warning so the file gets fixed.
 */
public final class DateText {

    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
    private static final Pattern LOOSE =
            Pattern.compile("(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?");

    private DateText() {}

    /**
     * A parsed date; {@code standard} is false when it was written in another form than YYYY-MM-DD.
     */
    public record Parsed(LocalDate date, boolean standard) {}

    public static Optional<Parsed> parse(String raw) {
        String t = raw.strip();
        Matcher m = ISO.matcher(t);
        boolean standard = m.matches();
        if (!standard) {
            m = LOOSE.matcher(t);
            if (!m.matches()) {
                return Optional.empty();
            }
        }
        try {
            LocalDate d =
                    LocalDate.of(
                            Integer.parseInt(m.group(1)),
                            Integer.parseInt(m.group(2)),
                            Integer.parseInt(m.group(3)));
            return Optional.of(new Parsed(d, standard));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** 2022年6月21日, the way dates are written in the documents themselves. */
    public static String chinese(LocalDate d) {
        return d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
    }
}
