package org.gongkai.check;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongkai.content.Details;
import org.gongkai.content.Document;
import org.gongkai.content.Finding;

/**
 * A policy whose title names a year or season (2022年政务公开工作要点, 2021—2022年度, 2023年秋季) runs out with
 * it. Without {@code valid_until} or {@code validity} the column can never say so: the page shows
 * no label and the reader cannot tell it is over.
 */
public final class ValidityYearPassed extends DetailsRule<Details.Policy> {

    /**
     * A year, or a range of years (2021—2022年度, 2021-2022年), then a season, half or quarter if
     * named.
     */
    private static final Pattern PERIOD =
            Pattern.compile(
                    "(?<from>(?:19|20)\\d{2})(?:\\s*[—–\\-－~～至到]\\s*(?<to>(?:19|20)\\d{2}))?\\s*年(?:度)?"
                            + "(?<part>春季|夏季|秋季|冬季|上半年|下半年|第[一二三四1-4]季度|[一二三四1-4]季度)?");

    public ValidityYearPassed() {
        super(
                "validity-year-passed",
                "标题写明的年度或季节已经结束，文件却没有有效期：应写 valid_until 或 validity",
                Details.Policy.class);
    }

    @Override
    void check(Document d, Details.Policy p, Setting setting, List<Finding> out) {
        if (statesItsPeriod(p)) {
            return;
        }
        Optional<LocalDate> end = endOf(d.title());
        if (end.isPresent() && end.get().isBefore(setting.asOf())) {
            out.add(
                    warning(
                            d.at("title"),
                            "标题写明的时段已于 %s 结束，但文件没有有效期，网站无法标明它已失效：请写 valid_until: %s（或文件规定的截止日期）；仍然有效的，写 validity: 有效"
                                    .formatted(end.get(), end.get())));
        }
    }

    /** Whether the policy says how long it runs, so that the column can show when it has ended. */
    private static boolean statesItsPeriod(Details.Policy p) {
        return p.validFrom().isPresent() || p.validUntil().isPresent() || p.validity().isPresent();
    }

    /** The last day of the latest period a title names, if it names one. */
    static Optional<LocalDate> endOf(String title) {
        Matcher m = PERIOD.matcher(title);
        LocalDate latest = null;
        while (m.find()) {
            int year = Integer.parseInt(m.group("to") != null ? m.group("to") : m.group("from"));
            LocalDate end = end(year, m.group("part"));
            if (latest == null || end.isAfter(latest)) {
                latest = end;
            }
        }
        return Optional.ofNullable(latest);
    }

    private static LocalDate end(int year, String part) {
        if (part == null) {
            return LocalDate.of(year, 12, 31);
        }
        MonthDay md =
                switch (part) {
                    case "春季" -> MonthDay.of(5, 31);
                    case "夏季" -> MonthDay.of(8, 31);
                    case "秋季" -> MonthDay.of(11, 30);
                    case "上半年" -> MonthDay.of(6, 30);
                    default -> null;
                };
        if (md != null) {
            return md.atYear(year);
        }
        if (part.equals("冬季")) {
            return LocalDate.of(year + 1, 2, 1)
                    .withDayOfMonth(LocalDate.of(year + 1, 2, 1).lengthOfMonth());
        }
        if (part.equals("下半年")) {
            return LocalDate.of(year, 12, 31);
        }
        int q =
                "一1".indexOf(part.charAt(part.length() - 3)) >= 0
                        ? 1
                        : "二2".indexOf(part.charAt(part.length() - 3)) >= 0
                                ? 2
                                : "三3".indexOf(part.charAt(part.length() - 3)) >= 0 ? 3 : 4;
        LocalDate first = LocalDate.of(year, q * 3, 1);
        return first.withDayOfMonth(first.lengthOfMonth());
    }
}
