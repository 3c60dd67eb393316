package org.gongkai.content;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A new document file for an editor to fill: the right folder, today's date, the next free 索引号 of
 * the year, every key the type needs with a Chinese comment saying what it means, and a body
 * outline. What only the editor can know (文号, 正文) is left for them, so {@code check} points at
 * exactly those lines.
 */
public final class Scaffold {

    /**
     * Marks the body lines still to be written; a rule refuses to publish a document that keeps it.
     */
    public static final String PLACEHOLDER = "（请在此填写";

    /** Where the file went, its id and the keys the editor still has to fill in. */
    public record Created(Path file, String id, String indexNo, List<String> toFill) {
        public Created {
            toFill = List.copyOf(toFill);
        }
    }

    private static final Pattern TRAILING_NUMBER = Pattern.compile("-(\\d+)$");
    private static final Pattern CATALOG_NO = Pattern.compile("(?m)^catalog_no:\\s*(\\d+)");

    private Scaffold() {}

    /**
     * @param id the file name without .md; empty picks the next free number in the folder
     * @param related for an interpretation, the policy it interprets (its id becomes {@code
     *     <policy>-jiedu})
     * @throws FileAlreadyExistsException never overwrites a document
     */
    public static Created write(
            Path contentDir,
            DocumentType type,
            String title,
            LocalDate today,
            Optional<String> id,
            Optional<String> related)
            throws IOException {
        if (title.isBlank()) {
            throw new IllegalArgumentException("标题不能为空");
        }
        SiteConfig site = new ContentLoader().load(contentDir).site();
        int year = today.getYear();
        Path folder =
                type.dated()
                        ? contentDir.resolve(type.folder()).resolve(String.valueOf(year))
                        : contentDir.resolve(type.folder());
        String name =
                id.filter(s -> !s.isBlank())
                        .orElseGet(() -> defaultId(type, folder, year, related));
        if (!name.matches("[A-Za-z0-9][A-Za-z0-9._-]*")) {
            throw new IllegalArgumentException("编号“" + name + "”只能用字母、数字、点、横线和下划线（它是文件名和网址的一部分）");
        }
        String indexNo =
                IndexNumber.next(contentDir, site.indexScheme(), today).in(site.indexScheme());
        List<String> toFill = new ArrayList<>();
        String text =
                text(type, title.strip(), today, name, indexNo, site, folder, related, toFill);
        Path file = folder.resolve(name + ".md");
        Files.createDirectories(folder);
        // CREATE_NEW: an existing document is never overwritten, even by a race with another editor
        Files.writeString(
                file,
                text,
                StandardCharsets.UTF_8,
                StandardOpenOption.CREATE_NEW,
                StandardOpenOption.WRITE);
        if (type == DocumentType.PUBLICITY) {
            writeData(folder.resolve(name + ".csv"));
        }
        return new Created(file, name, indexNo, toFill);
    }

    private static String defaultId(
            DocumentType type, Path folder, int year, Optional<String> related) {
        return switch (type) {
            case REPORT ->
                    String.valueOf(
                            year - 1); // a report covers the year before; published by 31 January
            case INTERPRETATION ->
                    related.map(r -> r + "-jiedu")
                            .orElseGet(() -> numbered("jd", folder, year, false));
            case POLICY -> numbered("zcwj", folder, year, false);
            case DECISION -> numbered("zdjc", folder, year, false);
            case CONSULTATION -> numbered("zqyj", folder, year, false);
            case NOTICE -> numbered("tzgg", folder, year, true);
            case PUBLICITY -> numbered("gs", folder, year, false);
            case PAGE -> numbered("page", folder, 0, false);
            case BUDGET -> numbered("yjs", folder, year, false);
        };
    }

    /** prefix-YEAR-N with N one past the highest number any file of the folder ends in. */
    private static String numbered(String prefix, Path folder, int year, boolean twoDigits) {
        int max = 0;
        for (String stem : stems(folder)) {
            // notices share one sequence per year (tzgg-2026-01, gzdt-2026-02); other types count
            // their prefix
            if (!twoDigits && !stem.startsWith(prefix + "-")) {
                continue;
            }
            Matcher m = TRAILING_NUMBER.matcher(stem);
            if (m.find() && m.group(1).length() < 6) {
                max = Math.max(max, Integer.parseInt(m.group(1)));
            }
        }
        String n = twoDigits ? String.format("%02d", max + 1) : String.valueOf(max + 1);
        return year == 0 ? prefix + "-" + n : prefix + "-" + year + "-" + n;
    }

    private static List<String> stems(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> list = Files.list(folder)) {
            return list.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".md"))
                    .map(n -> n.substring(0, n.length() - 3))
                    .toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    private static int nextCatalogNo(Path folder) throws IOException {
        int max = 0;
        if (Files.isDirectory(folder)) {
            try (Stream<Path> list = Files.list(folder)) {
                for (Path p :
                        (Iterable<Path>) list.filter(f -> f.toString().endsWith(".md"))::iterator) {
                    Matcher m = CATALOG_NO.matcher(head(p));
                    if (m.find()) {
                        max = Math.max(max, Integer.parseInt(m.group(1)));
                    }
                }
            }
        }
        return max + 1;
    }

    /** The front matter only: the body may quote another document's index number. */
    private static String head(Path p) throws IOException {
        String s = Files.readString(p, StandardCharsets.UTF_8);
        int end = s.startsWith("---") ? s.indexOf("\n---", 3) : -1;
        return end < 0 ? "" : s.substring(0, end);
    }

    private static String text(
            DocumentType type,
            String title,
            LocalDate today,
            String id,
            String indexNo,
            SiteConfig site,
            Path folder,
            Optional<String> related,
            List<String> toFill)
            throws IOException {
        FrontMatterWriter f = new FrontMatterWriter();
        f.line("# " + type.label() + "：" + title, "");
        f.key("title", FrontMatterWriter.scalar(title), "标题，与正式文件一致");
        String issuer = site.name().isBlank() ? "" : site.name();
        switch (type) {
            case POLICY -> {
                f.key(
                        "doc_number",
                        "",
                        "文号，例如 安政发〔" + today.getYear() + "〕1号：年份用六角括号〔〕，序号不加“第”、不补零");
                toFill.add("doc_number");
                f.key("issuer", issuer, "发文机关");
                f.key("written", today.toString(), "成文日期（YYYY-MM-DD），不晚于发布日期");
                f.key("published", today.toString(), "发布日期");
                f.key("disclosure", "主动公开", "公开属性：主动公开 / 依申请公开 / 不予公开（呈签前先确定）");
                f.key("normative", "false", "是否行政规范性文件；改为 true 时必须同时发布一篇解读（谁起草、谁解读）");
                f.line("# valid_from: " + today.plusDays(30), "施行日期（规范性文件填写）");
                f.line(
                        "# valid_until: " + today.plusDays(30).plusYears(5).minusDays(1),
                        "有效期至，规范性文件一般五年");
                f.line("# amends: []", "本文件修改的文件编号（文件名），如 [anzhengfa-2022-32]");
                f.line("# repeals: []", "本文件废止的文件编号");
            }
            case INTERPRETATION -> {
                f.key("interprets", related.orElse(""), "所解读政策文件的编号（文件名，不带 .md）");
                if (related.isEmpty()) {
                    toFill.add("interprets");
                }
                f.key("form", "文字解读", "解读形式：文字解读 / 图解 / 问答 / 音视频");
                f.key("author", issuer, "起草科室（谁起草、谁解读）");
                f.key("issuer", issuer, "发布机构");
                f.key("published", today.toString(), "发布日期（YYYY-MM-DD），与政策文件同步发布");
                f.key("disclosure", "主动公开", "公开属性");
            }
            case DECISION -> {
                f.key("year", String.valueOf(today.getYear()), "列入哪一年的重大行政决策事项目录");
                f.key("catalog_no", String.valueOf(nextCatalogNo(folder)), "目录中的序号");
                f.key("lead_unit", issuer, "承办单位");
                f.key("status", "拟决策", "决策状态：拟决策 / 征求意见中 / 已决策 / 已实施评估");
                f.key("issuer", issuer, "发布机构");
                f.key("published", today.toString(), "发布日期（YYYY-MM-DD）");
                f.key("disclosure", "主动公开", "公开属性");
                f.line("# stages:", "各环节也可以链接到其他文件，例如");
                f.line("#   征求意见: zqyj-" + today.getYear() + "-1", "");
            }
            case CONSULTATION -> {
                f.key("opens", today.toString(), "开始征求意见的日期");
                f.key("closes", today.plusDays(30).toString(), "截止日期；征求意见期一般不少于30日");
                f.key("issuer", issuer, "发布机构");
                f.key("published", today.toString(), "发布日期（YYYY-MM-DD）");
                f.key("disclosure", "主动公开", "公开属性");
                f.line("channels:", "提交意见的渠道（至少一种）");
                f.line(
                        "  email: "
                                + FrontMatterWriter.scalar(
                                        site.contact().getOrDefault("email", "请填写")),
                        "电子邮箱");
                f.line(
                        "  phone: "
                                + FrontMatterWriter.scalar(
                                        site.contact().getOrDefault("phone", "请填写")),
                        "电话");
                f.line(
                        "  address: "
                                + FrontMatterWriter.scalar(
                                        site.contact().getOrDefault("address", "请填写")),
                        "信函地址");
                f.line("# feedback:", "征求意见结束后填写：");
                f.line("#   received: 0", "收到意见条数");
                f.line("#   adopted: 0", "采纳条数");
                f.line("#   summary: ", "意见采纳情况概述");
            }
            case NOTICE, PAGE -> {
                f.key("issuer", issuer, "发布机构");
                f.key("published", today.toString(), "发布日期（YYYY-MM-DD）");
                f.key("disclosure", "主动公开", "公开属性");
                if (type == DocumentType.PAGE) {
                    f.line("# order: 10", "在固定页面中的排列顺序（可选）");
                }
            }
            case PUBLICITY -> {
                f.key("village", "", "公示所属村（社区），如 东关村；全镇公示可删去本行");
                f.key("period_end", today.plusDays(7).toString(), "公示截止日期，公示期一般不少于7天");
                f.key("data", id + ".csv", "公示数据表：同一文件夹里的 CSV 文件，第一行是表头；身份证号、电话、银行卡号必须先脱敏");
                f.key("issuer", issuer, "发布机构");
                f.key("published", today.toString(), "发布日期（YYYY-MM-DD）");
                f.key("disclosure", "主动公开", "公开属性");
            }
            case BUDGET -> {
                f.key("kind", "预算", "预算 / 决算");
                f.key("year", String.valueOf(today.getYear()), "预算（决算）年度");
                f.key("approved", "", "批复日期（镇人大或上级批准的日期）；批复后20日内公开");
                toFill.add("approved");
                f.key("issuer", issuer, "发布机构");
                f.key("published", today.toString(), "发布日期（YYYY-MM-DD）");
                f.key("disclosure", "主动公开", "公开属性");
                f.line("three_public:", "“三公”经费（万元），三项都要写，没有的写 0");
                for (String item : Details.Budget.THREE_PUBLIC) {
                    f.line("  " + item + ": 0", "");
                }
                f.line("# attachments:", "预决算表格：每张表一个 CSV 文件（第一行是表头），网站逐张显示");
                f.line("#   - {file: 收支总表.csv, title: 收支总表}", "");
                f.line("# empty:", "没有数据的表格要说明原因，如");
                f.line("#   政府性基金预算支出表.csv: 本镇没有政府性基金收支，本表为空表", "");
            }
            case REPORT -> {
                f.key(
                        "year",
                        id.matches("\\d{4}") ? id : String.valueOf(today.getYear() - 1),
                        "报告年度");
                f.key("issuer", issuer, "发布机构");
                f.key("published", today.toString(), "发布日期，每年1月31日前公布上一年度报告");
                f.key("disclosure", "主动公开", "公开属性");
            }
        }
        f.key("index_no", indexNo, "索引号：统一社会信用代码/年份-五位序号，已自动取本年下一个空号");
        f.key("topics", "[综合政务/政务公开]", "主题分类，必须是 taxonomies.yaml 中的名称，可写多个");
        f.line("# themes: []", "特色主题（可选），如 [养老]");
        f.line("# keywords: []", "关键词（可选），帮助搜索");
        f.line("# summary: ", "内容概述，不超过100字；不写时取正文第一句");
        if (type == DocumentType.REPORT) {
            reportFigures(f);
        }
        StringBuilder sb = new StringBuilder("---\n").append(f.text()).append("---\n\n");
        for (String heading : outline(type)) {
            if (!heading.isEmpty()) {
                sb.append("## ").append(heading).append("\n\n");
            }
            sb.append(PLACEHOLDER).append("正文）\n\n");
        }
        toFill.add("正文");
        return sb.toString();
    }

    /** The report's figures the content cannot know, all zero until the editor fills them in. */
    private static void reportFigures(FrontMatterWriter f) {
        f.line("# 以下数字按国办公开办函〔2021〕30号的表格填写；七列依次为：自然人、商业企业、科研机构、", "");
        f.line("# 社会公益组织、法律服务机构、其他、总计", "");
        String zeros = "[0, 0, 0, 0, 0, 0, 0]";
        f.line("applications:", "收到和处理政府信息公开申请情况");
        for (ReportForm.Row r : ReportForm.OPENING) {
            f.line("  " + r.key() + ": " + zeros, r.brief());
        }
        for (ReportForm.Group g : ReportForm.OUTCOMES) {
            f.line("  " + g.key() + ":", g.brief());
            for (ReportForm.Row r : g.rows()) {
                f.line("    " + r.key() + ": " + zeros, r.brief());
            }
        }
        f.line(
                "  " + ReportForm.CARRIED_FORWARD.key() + ": " + zeros,
                ReportForm.CARRIED_FORWARD.brief());
        f.line("reviews: [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]", "行政复议、行政诉讼情况（15项）");
        f.line("permits: 0", "本年行政许可处理决定数量");
        f.line("penalties: 0", "本年行政处罚决定数量");
        f.line("enforcement: 0", "本年行政强制决定数量");
        f.line("fees: 0.0", "本年收取信息处理费（万元）");
    }

    private static List<String> outline(DocumentType type) {
        return switch (type) {
            case DECISION -> List.of("决策草案全文", "草案说明");
            case INTERPRETATION -> List.of("一、制定背景", "二、主要内容", "三、解读机关及联系方式");
            case REPORT -> ReportForm.SECTIONS;
            default -> List.of("");
        };
    }

    private static void writeData(Path csv) throws IOException {
        if (!Files.exists(csv)) {
            Files.writeString(
                    csv,
                    "序号,姓名,所在村组,人数,金额（元）\n",
                    StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE);
        }
    }
}
