package org.gongkai.content;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Reads one annual report's written figures into {@link ReportFigures}, a finding at the line of
 * every value that is malformed: the reading apart from the value it makes.
 */
final class ReportFiguresReader {
    private final Map<String, Object> written;
    private final Map<String, SourceRef> where;
    private final Function<String, SourceRef> keyAt;
    private final int year;
    private final List<Finding> problems = new ArrayList<>();

    ReportFiguresReader(
            Map<String, Object> written,
            Map<String, SourceRef> where,
            Function<String, SourceRef> keyAt,
            int year) {
        this.written = written;
        this.where = where;
        this.keyAt = keyAt;
        this.year = year;
    }

    SourceRef at(String path) {
        SourceRef r = where.get(path + "[]");
        if (r == null) {
            r = where.get(path);
        }
        if (r == null) {
            int dot = path.lastIndexOf('.');
            return dot < 0 ? keyAt.apply(path) : at(path.substring(0, dot));
        }
        return r;
    }

    void problem(String path, String message) {
        problems.add(Finding.error(ReportFigures.RULE, at(path), message));
    }

    /** An unknown key is pointed at by its name, not its value. */
    void unknownKey(String path, String message) {
        SourceRef r = where.get(path);
        problems.add(Finding.error(ReportFigures.RULE, r != null ? r : at(path), message));
    }

    Optional<ReportFigures> read() {
        Object apps = written.get("applications");
        ApplicationTable table = null;
        if (apps == null) {
            problem(
                    "applications",
                    "年度报告缺少 applications（第三部分“收到和处理政府信息公开申请情况”的数据）；" + "没有申请也要逐行写 0");
        } else if (!(apps instanceof Map<?, ?> m)) {
            problem("applications", "applications 应是键值表：new、carried_over、granted …，每行 7 个数");
        } else {
            table = applications(m);
        }
        ReviewFigures reviews = null;
        Object rv = written.get("reviews");
        if (rv == null) {
            problem("reviews", "年度报告缺少 reviews（第四部分行政复议、行政诉讼情况的 15 个数）；没有案件也要写 15 个 0");
        } else {
            List<Long> v = numbers("reviews", "reviews", rv, ReviewFigures.SIZE);
            if (v != null) {
                reviews = new ReviewFigures(v, at("reviews"));
            }
        }
        long permits = count("permits", "行政许可本年处理决定数量");
        long penalties = count("penalties", "行政处罚本年处理决定数量");
        long enforcement = count("enforcement", "行政强制本年处理决定数量");
        BigDecimal fees = amount("fees");
        Optional<ReportFigures.StatedNormative> normative = normative();
        if (table == null || reviews == null || !problems.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(
                new ReportFigures(
                        year, table, reviews, permits, penalties, enforcement, fees, normative));
    }

    private ApplicationTable applications(Map<?, ?> m) {
        List<String> known = new ArrayList<>(ReportFigures.TOP_ROWS.keySet());
        known.addAll(ReportFigures.GROUPS.keySet());
        for (Object k : m.keySet()) {
            String key = String.valueOf(k);
            if (!known.contains(key)) {
                unknownKey(
                        "applications." + key,
                        "applications 中没有“" + key + "”这一行" + NearestName.hint(key, known));
            }
        }
        FigureRow received = row(m, "new", true);
        FigureRow carriedOver = row(m, "carried_over", true);
        FigureRow granted = row(m, "granted", true);
        FigureRow partly = row(m, "partly_granted", true);
        FigureRow total = row(m, "total", false);
        FigureRow forward = row(m, "carried_forward", true);
        List<ApplicationTable.Group> groups = new ArrayList<>();
        for (Map.Entry<String, String> g : ReportFigures.GROUPS.entrySet()) {
            groups.add(group(m, g.getKey(), g.getValue()));
        }
        if (received == null
                || carriedOver == null
                || granted == null
                || partly == null
                || forward == null
                || groups.contains(null)) {
            return null;
        }
        return new ApplicationTable(
                received,
                carriedOver,
                granted,
                partly,
                groups.get(0),
                groups.get(1),
                groups.get(2),
                groups.get(3),
                Optional.ofNullable(total),
                forward);
    }

    private FigureRow row(Map<?, ?> m, String key, boolean required) {
        String path = "applications." + key;
        Object v = m.get(key);
        if (v == null) {
            if (required) {
                problem(
                        "applications",
                        "applications 缺少 "
                                + key
                                + "（"
                                + ReportFigures.TOP_ROWS.get(key)
                                + "）：请写 7 个数，"
                                + "依次为 "
                                + String.join("、", ApplicationTable.COLUMNS));
            }
            return null;
        }
        List<Long> values =
                numbers(path, ReportFigures.TOP_ROWS.get(key), v, ApplicationTable.COLUMNS.size());
        return values == null
                ? null
                : new FigureRow(key, ReportFigures.TOP_ROWS.get(key), values, at(path));
    }

    private ApplicationTable.Group group(Map<?, ?> m, String key, String label) {
        String path = "applications." + key;
        Object v = m.get(key);
        Map<String, String> subs = ReportFigures.SUB_ROWS.get(key);
        if (v == null) {
            problem(
                    "applications",
                    "applications 缺少 "
                            + key
                            + "（"
                            + label
                            + "）：请逐项写出 "
                            + String.join("、", subs.keySet())
                            + "，每项 7 个数");
            return null;
        }
        if (!(v instanceof Map<?, ?> g)) {
            problem(path, key + "（" + label + "）应是键值表，逐项写出 " + String.join("、", subs.keySet()));
            return null;
        }
        List<String> known = new ArrayList<>(subs.keySet());
        known.add("total");
        for (Object k : g.keySet()) {
            String sub = String.valueOf(k);
            if (!known.contains(sub)) {
                unknownKey(
                        path + "." + sub,
                        label + "中没有“" + sub + "”这一项" + NearestName.hint(sub, known));
            }
        }
        List<FigureRow> items = new ArrayList<>();
        boolean ok = true;
        for (Map.Entry<String, String> s : subs.entrySet()) {
            Object sv = g.get(s.getKey());
            if (sv == null) {
                problem(path, label + "缺少 " + s.getKey() + "（" + s.getValue() + "）：请写 7 个数，没有就写 0");
                ok = false;
                continue;
            }
            List<Long> values =
                    numbers(
                            path + "." + s.getKey(),
                            label + " " + s.getValue(),
                            sv,
                            ApplicationTable.COLUMNS.size());
            if (values == null) {
                ok = false;
            } else {
                items.add(
                        new FigureRow(
                                s.getKey(), s.getValue(), values, at(path + "." + s.getKey())));
            }
        }
        FigureRow stated = null;
        if (g.get("total") != null) {
            List<Long> values =
                    numbers(
                            path + ".total",
                            label + " 小计",
                            g.get("total"),
                            ApplicationTable.COLUMNS.size());
            if (values == null) {
                ok = false;
            } else {
                stated = new FigureRow("total", label + "小计", values, at(path + ".total"));
            }
        }
        return ok
                ? new ApplicationTable.Group(
                        key, label, items, Optional.ofNullable(stated), at(path))
                : null;
    }

    /** A list of exactly {@code size} whole numbers, none negative. */
    private List<Long> numbers(String path, String what, Object v, int size) {
        if (!(v instanceof List<?> list)) {
            problem(path, what + " 应是 " + size + " 个数的列表，例如 [" + "0, ".repeat(size - 1) + "0]");
            return null;
        }
        if (list.size() != size) {
            problem(
                    path,
                    what
                            + " 应有 "
                            + size
                            + " 个数，现在有 "
                            + list.size()
                            + " 个"
                            + (size == ApplicationTable.COLUMNS.size()
                                    ? "（依次为 " + String.join("、", ApplicationTable.COLUMNS) + "）"
                                    : ""));
            return null;
        }
        List<Long> out = new ArrayList<>(size);
        for (int i = 0; i < list.size(); i++) {
            Object x = list.get(i);
            if (!(x instanceof Long n) || n < 0) {
                problem(path, what + " 的第 " + (i + 1) + " 个数“" + x + "”不是非负整数（件数只能是 0、1、2 …）");
                return null;
            }
            out.add(n);
        }
        return out;
    }

    private Optional<ReportFigures.StatedNormative> normative() {
        Object v = written.get("normative");
        if (v == null) {
            return Optional.empty();
        }
        List<String> keys = List.of("issued", "repealed", "valid");
        if (!(v instanceof Map<?, ?> m)) {
            problem(
                    "normative",
                    "normative 应是键值表：{issued: 本年制发件数, repealed: 本年废止件数, valid: 现行有效件数}");
            return Optional.empty();
        }
        for (Object k : m.keySet()) {
            if (!keys.contains(String.valueOf(k))) {
                unknownKey(
                        "normative." + k,
                        "normative 中没有“"
                                + k
                                + "”"
                                + NearestName.hint(String.valueOf(k), keys).replace("。", "；")
                                + "只能写 issued、repealed、valid");
            }
        }
        long[] n = new long[3];
        boolean ok = true;
        for (int i = 0; i < 3; i++) {
            Object x = m.get(keys.get(i));
            if (!(x instanceof Long l) || l < 0) {
                problem("normative", "normative 的 " + keys.get(i) + " 应是非负整数，现在是“" + x + "”；三项都要写");
                ok = false;
            } else {
                n[i] = l;
            }
        }
        return ok
                ? Optional.of(new ReportFigures.StatedNormative(n[0], n[1], n[2], at("normative")))
                : Optional.empty();
    }

    private long count(String key, String what) {
        Object v = written.get(key);
        if (v == null) {
            problem(key, "年度报告缺少 " + key + "（" + what + "）；没有就写 0");
            return 0;
        }
        if (!(v instanceof Long n) || n < 0) {
            problem(key, key + "（" + what + "）应是非负整数，现在是“" + v + "”");
            return 0;
        }
        return n;
    }

    private BigDecimal amount(String key) {
        Object v = written.get(key);
        if (v == null) {
            problem(key, "年度报告缺少 fees（行政事业性收费本年收费金额，单位：万元）；没有收费就写 0");
            return BigDecimal.ZERO;
        }
        if (v instanceof Long n && n >= 0) {
            return BigDecimal.valueOf(n);
        }
        if (v instanceof Double x && x >= 0 && !x.isInfinite() && !x.isNaN()) {
            return BigDecimal.valueOf(x);
        }
        problem(key, "fees（行政事业性收费，单位：万元）应是不小于 0 的数，现在是“" + v + "”");
        return BigDecimal.ZERO;
    }

    List<Finding> problems() {
        return problems;
    }
}
