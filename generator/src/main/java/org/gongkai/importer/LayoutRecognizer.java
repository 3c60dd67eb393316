package org.gongkai.importer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongkai.content.DisclosureAttribute;

/**
 * Reads the GB/T 9704 layout of an official document off its paragraphs: 版头 (发文机关标志, 文号), 标题, 主送机关,
 * body, 附件说明, 发文机关署名 and 成文日期, the （此件公开发布） marker; then rebuilds the body: paragraphs broken by
 * page breaks are joined, and 一、/（一）/1./（1） numbering becomes heading levels that never jump. Word
 * heading styles are only a hint: converted files carry wrong ones.
 *
 * <p>Over 400 lines on purpose: each step (版头, 标题, 主送, body, 署名 and date, numbering) reads and
 * marks the same list of {@link Item}s in one {@link Recognition}, and a later step relies on what
 * an earlier one marked (the 附件说明 is looked for only above the 署名 found first). Split into classes,
 * they would hand that mutable list and its marks between them; the steps are the private methods
 * here, in the order they run.
 */
final class LayoutRecognizer {

    /** Numbering kinds in GB/T 9704's order of levels: 一、 → （一） → 1. → （1）. */
    enum Numbering {
        FIRST("^[一二三四五六七八九十]{1,3}、"),
        SECOND("^（[一二三四五六七八九十]{1,3}）"),
        THIRD("^[0-9]{1,2}\\.(?![0-9])"),
        FOURTH("^（[0-9]{1,2}）");

        final Pattern pattern;

        Numbering(String regex) {
            this.pattern = Pattern.compile(regex);
        }

        static Optional<Numbering> of(String plain) {
            for (Numbering n : values()) {
                if (n.pattern.matcher(plain).find()) {
                    return Optional.of(n);
                }
            }
            return Optional.empty();
        }
    }

    private static final Pattern ORGAN_MARK = Pattern.compile("^([\\p{IsHan}（）()]{2,40}?)文件$");
    private static final Pattern COPY_MARKS =
            Pattern.compile("^(特急|加急|平急|特提|机密|秘密|绝密|[0-9]{6}|份号.*)(★.*)?$");
    private static final Pattern TITLE_KIND =
            Pattern.compile(
                    "(通知|通报|决定|意见|办法|规定|方案|要点|计划|规划|报告|请示|批复|函|公告|通告|纪要|细则|规则|决议|命令|议案|条例|制度|预案|指南|说明|答复|复函|公示|清单|目录)"
                            + "(（[^）]{1,12}）)?$");
    private static final Pattern ORGAN_NAME =
            Pattern.compile(
                    "^[\\p{IsHan}（）]{2,40}(人民政府|政府|办公室|委员会|党委|管委会|局|所|站|中心|办|委|部|厅|院|会|队|处|科|组|社区|村民委员会)$");
    private static final Pattern DISCLOSURE_MARK =
            Pattern.compile("^[（(]\\s*此件(.{1,20}?)\\s*[)）]$");
    private static final Pattern ATTACHMENT_NOTE = Pattern.compile("^附\\s*件\\s*[：:]\\s*(.*)$");
    private static final Pattern ATTACHMENT_ITEM =
            Pattern.compile("^([0-9]{1,2})\\s*[.．、]\\s*(.+)$");
    private static final Pattern COLOPHON =
            Pattern.compile(
                    "^((抄送|分送|报送)[：:].*|.{0,40}[0-9]{4}年[0-9]{1,2}月[0-9]{1,2}日印发|[（(]?共印[0-9一二三四五六七八九十百]+份[）)]?)$");
    private static final Pattern COLOPHON_START = Pattern.compile("(抄送|分送|报送)[：:]");

    /**
     * 一、总体情况……1: an entry of a table of contents (several, when a PDF ran them into one paragraph).
     */
    private static final Pattern CONTENTS_ENTRY =
            Pattern.compile("^(?:[^。；]{1,60}?(?:[.…·．_－\\-]{2,}|\\s+)\\s*[0-9]{1,3}\\s*)+$");

    /** 签发人：张三 (签发： too), alone on a line of an 上行文's 版头. */
    private static final Pattern SIGNER = Pattern.compile("^签\\s*发\\s*人?\\s*[：:].{0,20}$");

    /** One organ's name on a line of its own above "…文件" in a joint 版头. */
    private static final Pattern JOINT_ORGAN = Pattern.compile("^[\\p{IsHan}（）()]{2,30}$");

    /**
     * A document's number that is not a GB/T 9704 文号 (南宁站〔2025〕（通知）柳梧10号): a year in brackets and a
     * serial ending in 号, with nothing of a sentence about it.
     */
    private static final Pattern LOOSE_NUMBER =
            Pattern.compile(
                    "^((?:[\\p{IsHan}A-Za-z0-9（）()]{1,20})\\s*[〔\\[(（【［﹝]\\s*(?:19|20)[0-9]{2}\\s*[〕\\])）】］﹞][^。，；,;]{0,24}?[0-9０-９]{1,5}\\s*号)$");

    private static final Pattern FULLWIDTH_NUMBER_DOT = Pattern.compile("^([0-9０-９]{1,2})[．.]");

    private enum Role {
        BODY,
        SIGNATURE,
        DATE,
        DISCLOSURE,
        ATTACHMENT_NOTE,
        RECIPIENTS
    }

    /** A paragraph or table on its way through recognition. */
    private static final class Item {
        final SourceBlock block;
        String text;
        String plain;
        Role role = Role.BODY;
        String origin;

        Item(SourceBlock block, String text) {
            this.block = block;
            this.origin = block.origin();
            setText(text);
        }

        void setText(String t) {
            text = t;
            plain = ChineseText.withoutMarks(t);
        }

        boolean isParagraph() {
            return block instanceof SourceBlock.Paragraph;
        }

        boolean hasPicture() {
            return Picture.MARK.matcher(plain).find();
        }

        SourceBlock.Layout layout() {
            return block instanceof SourceBlock.Paragraph p ? p.layout() : SourceBlock.Layout.PLAIN;
        }
    }

    private LayoutRecognizer() {}

    static OfficialDocument recognise(SourceText source) {
        List<Item> items = new ArrayList<>();
        for (SourceBlock b : source.blocks()) {
            if (b instanceof SourceBlock.Paragraph p && p.layout().tabular()) {
                // a table line as it stands: the spaces between its cells are the only column marks
                // left
                if (!p.plain().isBlank()) {
                    items.add(new Item(b, p.text().strip()));
                }
            } else if (b instanceof SourceBlock.Paragraph p) {
                String t = ChineseText.normaliseNumbering(ChineseText.removeStraySpaces(p.text()));
                t = fullWidthNumberDot(t);
                if (!ChineseText.withoutMarks(t).isBlank()) {
                    items.add(new Item(b, t));
                }
            } else {
                items.add(new Item(b, ""));
            }
        }
        return new Recognition(items, source).run();
    }

    /** {@code １．} and {@code 1．} at the start of a paragraph are GB/T 9704's {@code 1.}. */
    private static String fullWidthNumberDot(String t) {
        if (!t.isEmpty() && t.charAt(0) == ChineseText.BOLD_START) {
            return ChineseText.BOLD_START + fullWidthNumberDot(t.substring(1));
        }
        Matcher m = FULLWIDTH_NUMBER_DOT.matcher(t);
        if (m.find()) {
            StringBuilder digits = new StringBuilder();
            for (char c : m.group(1).toCharArray()) {
                digits.append(c >= '０' && c <= '９' ? (char) ('0' + (c - '０')) : c);
            }
            return digits + "." + t.substring(m.end());
        }
        return t;
    }

    /** One run of recognition over one document's items; collects fields, repairs and doubts. */
    private static final class Recognition {
        private final List<Item> items;
        private final SourceText source;
        private final List<String> repairs = new ArrayList<>();
        private final List<String> doubts = new ArrayList<>();
        private final List<String> dropped = new ArrayList<>();

        /** How many paragraphs the title took; set by {@link #title(int)}. */
        private int titleLines;

        Recognition(List<Item> items, SourceText source) {
            this.items = new ArrayList<>(items);
            this.source = source;
            this.dropped.addAll(source.dropped());
            this.doubts.addAll(source.doubts());
        }

        OfficialDocument run() {
            dropContents();
            dropColophon();
            int i = 0;
            while (i < items.size()
                    && i < 3
                    && items.get(i).isParagraph()
                    && COPY_MARKS.matcher(items.get(i).plain).matches()) {
                dropped.add("版头标记“" + items.get(i).plain + "”（" + items.get(i).origin + "）");
                i++;
            }
            int headerEnd = i;
            Optional<Recognised<String>> organMark = Optional.empty();
            Optional<Recognised<String>> docNumber = Optional.empty();
            for (int k = i; k < Math.min(items.size(), i + 8); k++) {
                Item it = items.get(k);
                if (!it.isParagraph()) {
                    Optional<String> joint = k == i ? jointMarkTable(it) : Optional.empty();
                    if (joint.isPresent()) {
                        organMark =
                                Optional.of(
                                        new Recognised<>(joint.get(), it.origin, "联合行文，版头列出多个机关"));
                        headerEnd = k + 1;
                        continue;
                    }
                    break;
                }
                if (SIGNER.matcher(it.plain).matches()
                        && (organMark.isPresent() || docNumber.isPresent())) {
                    // 上行文's 签发人 sits in the 版头, beside or under the 文号: never 主送, never the title
                    dropped.add("版头的签发人“" + it.plain + "”（" + it.origin + "）");
                    headerEnd = k + 1;
                    continue;
                }
                if (docNumber.isPresent()) {
                    break;
                }
                Matcher om = ORGAN_MARK.matcher(it.plain);
                if (organMark.isEmpty() && om.matches()) {
                    // a joint 版头: the other organs' names stand on the lines above "…文件"
                    List<String> names = new ArrayList<>();
                    for (int u = i; u < k; u++) {
                        if (JOINT_ORGAN.matcher(items.get(u).plain).matches()) {
                            names.add(items.get(u).plain);
                        } else {
                            names.clear();
                        }
                    }
                    names.add(om.group(1));
                    String origin =
                            names.size() == 1
                                    ? it.origin
                                    : items.get(k - names.size() + 1).origin + "至" + it.origin;
                    organMark =
                            Optional.of(
                                    new Recognised<>(
                                            String.join("、", names),
                                            origin,
                                            names.size() > 1
                                                    ? "联合行文，版头列出 " + names.size() + " 个机关"
                                                    : ""));
                    headerEnd = k + 1;
                    continue;
                }
                Optional<DocNumberLine> dn = DocNumberLine.parse(it.plain);
                if (dn.isPresent()) {
                    docNumber =
                            Optional.of(
                                    new Recognised<>(
                                            dn.get().text(), it.origin, dn.get().repairs()));
                    headerEnd = k + 1;
                    continue;
                }
                Matcher loose = LOOSE_NUMBER.matcher(it.plain);
                if (loose.matches()) {
                    String written = loose.group(1).replaceAll("\\s+", "");
                    docNumber =
                            Optional.of(
                                    new Recognised<>(
                                            written,
                                            it.origin,
                                            "不是 GB/T 9704 的文号格式（机关代字〔年份〕序号号），照原文保留"));
                    doubts.add(
                            "编号“"
                                    + written
                                    + "”（"
                                    + it.origin
                                    + "）不是 GB/T 9704 的文号格式，已照原文写入 doc_number；"
                                    + "请核对原件，确属该文件的编号就保留");
                    headerEnd = k + 1;
                }
            }
            if (docNumber.isEmpty()) {
                doubts.add("没有在版头找到文号（如 安政发〔2022〕32号）；如原件有文号，请填写 doc_number");
            }
            int bodyStart = headerEnd;
            Optional<Recognised<String>> title = title(headerEnd);
            if (title.isPresent()) {
                bodyStart = headerEnd + titleLines;
            }
            Optional<Recognised<String>> recipients = Optional.empty();
            if (bodyStart < items.size()) {
                Item r = items.get(bodyStart);
                if (r.isParagraph()
                        && r.plain.length() <= 100
                        && r.plain.matches(".*[：:]$")
                        && !r.plain.contains("。")
                        && Numbering.of(r.plain).isEmpty()) {
                    r.role = Role.RECIPIENTS;
                    recipients =
                            Optional.of(
                                    new Recognised<>(
                                            r.plain.replaceAll("[：:]$", ""), r.origin, "保留在正文第一行"));
                }
            }
            List<Item> body = new ArrayList<>(items.subList(bodyStart, items.size()));
            Signature signature = signature(body, organMark);
            Optional<Recognised<DisclosureAttribute>> disclosure = disclosure(body);
            List<Recognised<String>> attachments = attachments(body, signature.index);
            joinBrokenParagraphs(body);
            List<OfficialDocument.BodyBlock> blocks = structure(body);
            return new OfficialDocument(
                    organMark,
                    docNumber,
                    title,
                    recipients,
                    signature.issuer,
                    signature.written,
                    disclosure,
                    attachments,
                    blocks,
                    repairs,
                    doubts,
                    dropped,
                    source.pictures());
        }

        /**
         * Word sets a joint 版头 as a table: the organs' names stacked in one cell, 文件 in the cell
         * beside them. The names, when the table is nothing else.
         */
        private static Optional<String> jointMarkTable(Item it) {
            if (!(it.block instanceof SourceBlock.Table t)) {
                return Optional.empty();
            }
            List<String> cells = new ArrayList<>();
            t.rows()
                    .forEach(
                            r ->
                                    r.forEach(
                                            c -> {
                                                String plain = ChineseText.withoutMarks(c).strip();
                                                if (!plain.isEmpty()) {
                                                    cells.addAll(List.of(plain.split("\\s+")));
                                                }
                                            }));
            if (cells.size() < 3 || !cells.get(cells.size() - 1).equals("文件")) {
                return Optional.empty();
            }
            List<String> names = cells.subList(0, cells.size() - 1);
            return names.stream().allMatch(n -> ORGAN_NAME.matcher(n).matches())
                    ? Optional.of(String.join("、", names))
                    : Optional.empty();
        }

        /** The 关于…的通知 line(s) after the 版头, joined when the title wraps over several paragraphs. */
        private Optional<Recognised<String>> title(int start) {
            StringBuilder text = new StringBuilder();
            for (int k = start; k < Math.min(items.size(), start + 4); k++) {
                Item it = items.get(k);
                if (!it.isParagraph()
                        || it.plain.contains("。")
                        || it.plain.matches(".*[：:]$")
                        || it.plain.length() > 60
                        || Numbering.of(it.plain).isPresent()
                        || ChineseDate.parseLine(it.plain).isPresent()
                        || it.layout().tabular()
                        || it.plain.replaceAll("\\s", "").equals("目录")
                        || it.hasPicture()) {
                    break;
                }
                text.append(it.plain);
                String joined = ChineseText.removeStraySpaces(text.toString());
                if (TITLE_KIND.matcher(joined).find()) {
                    titleLines = k - start + 1;
                    String origin =
                            titleLines == 1 ? it.origin : items.get(start).origin + "至" + it.origin;
                    return Optional.of(
                            new Recognised<>(
                                    joined,
                                    origin,
                                    titleLines == 1 ? "" : titleLines + " 行标题已合并为一行"));
                }
            }
            if (start < items.size()) {
                Item first = items.get(start);
                SourceBlock.Layout l = first.layout();
                if (first.isParagraph()
                        && !first.hasPicture()
                        && (l.centred() || l.headingStyle())
                        && first.plain.length() <= 60
                        && !ChineseText.endsSentence(first.plain)
                        && !first.plain.contains("。")) {
                    titleLines = 1;
                    doubts.add("标题不以“通知”“意见”等文种结尾，按版式取了" + first.origin + "居中的一行，请核对");
                    return Optional.of(new Recognised<>(first.plain, first.origin, "按居中版式取得，请核对"));
                }
            }
            titleLines = 0;
            doubts.add("没有认出标题（“关于……的通知”一类的居中行）；请填写 title");
            return Optional.empty();
        }

        /**
         * 版记 (抄送、分送、印发, 共印N份) is for distribution, not for the public text. It is its own block
         * wherever it starts: a page break may have glued its first line to the 成文日期 above it
         * (2025年3月3日抄送：县政府办公室。), and then the date is cut free and kept.
         */
        private void dropColophon() {
            for (int k = 0; k < items.size(); k++) {
                Item it = items.get(k);
                if (!it.isParagraph() || it.layout().tabular()) {
                    continue;
                }
                if (COLOPHON.matcher(it.plain).matches()) {
                    dropped.add("版记“" + it.plain + "”（" + it.origin + "）");
                    items.remove(k--);
                    continue;
                }
                Matcher m = COLOPHON_START.matcher(it.plain);
                if (m.find()
                        && m.start() > 0
                        && ChineseDate.parseLine(it.plain.substring(0, m.start())).isPresent()) {
                    String rest = it.plain.substring(m.start());
                    dropped.add("版记“" + rest + "”（" + it.origin + "，与上方的成文日期连在了一起）");
                    repairs.add(it.origin + "的成文日期与版记连成了一段（分页所致），已分开");
                    it.setText(it.plain.substring(0, m.start()));
                }
            }
        }

        /**
         * A table of contents (目录 and the entries under it, each ending in its page number) belongs
         * to the printed copy: on the web the headings are the contents. A title over a page break
         * must not take 目录 for its last word either.
         */
        private void dropContents() {
            for (int k = 0; k < Math.min(items.size(), 12); k++) {
                Item it = items.get(k);
                if (!it.isParagraph() || !it.plain.replaceAll("\\s", "").equals("目录")) {
                    continue;
                }
                int end = k + 1;
                while (end < items.size()
                        && items.get(end).isParagraph()
                        && CONTENTS_ENTRY.matcher(items.get(end).plain).matches()) {
                    end++;
                }
                if (end > k + 1) {
                    dropped.add("目录（" + it.origin + "起 " + (end - k - 1) + " 段）");
                    items.subList(k, end).clear();
                }
                return;
            }
        }

        private record Signature(
                Optional<Recognised<String>> issuer,
                Optional<Recognised<LocalDate>> written,
                int index) {}

        /** The first 成文日期 line and the 发文机关署名 line(s) right above it. */
        private Signature signature(List<Item> body, Optional<Recognised<String>> organMark) {
            for (int k = 0; k < body.size(); k++) {
                Item d = body.get(k);
                if (!d.isParagraph()) {
                    continue;
                }
                Optional<LocalDate> date = ChineseDate.parseLine(d.plain);
                if (date.isEmpty()) {
                    continue;
                }
                d.role = Role.DATE;
                Optional<Recognised<LocalDate>> written =
                        Optional.of(Recognised.at(date.get(), d.origin));
                List<Item> signers = new ArrayList<>();
                List<String> names = signatureNames(body, k, signers);
                signers.forEach(c -> c.role = Role.SIGNATURE);
                if (!signers.isEmpty()) {
                    String joined = String.join("、", names);
                    String origin =
                            signers.size() == 1
                                    ? signers.get(0).origin
                                    : signers.get(0).origin
                                            + "至"
                                            + signers.get(signers.size() - 1).origin;
                    String remark =
                            names.size() > 1
                                    ? "联合发文，署名" + names.size() + "个机关"
                                    : signers.size() > 1
                                            ? "发文机关署名（" + signers.size() + " 行合为一行）"
                                            : "发文机关署名";
                    if (organMark.isPresent() && !organMark.get().value().equals(joined)) {
                        remark += "；与发文机关标志“" + organMark.get().value() + "文件”不同，按署名填写，请核对";
                        doubts.add(
                                "发文机关：署名“"
                                        + joined
                                        + "”与发文机关标志“"
                                        + organMark.get().value()
                                        + "文件”不同，已按署名填写 issuer，请核对");
                    }
                    return new Signature(
                            Optional.of(new Recognised<>(joined, origin, remark)),
                            written,
                            k - signers.size());
                }
                if (organMark.isPresent()) {
                    doubts.add("成文日期上方没有发文机关署名，issuer 取自发文机关标志，请核对");
                    return new Signature(
                            Optional.of(
                                    new Recognised<>(
                                            organMark.get().value(),
                                            organMark.get().origin(),
                                            "取自发文机关标志（无署名）")),
                            written,
                            k);
                }
                doubts.add("没有找到发文机关署名或发文机关标志；请填写 issuer");
                return new Signature(Optional.empty(), written, k);
            }
            doubts.add("没有找到成文日期（如 2022年6月21日 单独一行）；请填写 written");
            if (organMark.isPresent()) {
                return new Signature(
                        Optional.of(
                                new Recognised<>(
                                        organMark.get().value(),
                                        organMark.get().origin(),
                                        "取自发文机关标志")),
                        Optional.empty(),
                        body.size());
            }
            doubts.add("没有找到发文机关署名或发文机关标志；请填写 issuer");
            return new Signature(Optional.empty(), Optional.empty(), body.size());
        }

        /**
         * The organs signing above the date line at {@code date}, read upwards: a line that is an
         * organ's name on its own is one signer, unless the line above is not a name on its own but
         * makes one with it (a long name wrapped: 安乐镇农村人居环境整治 / 工作领导小组, 安乐镇人民政府 / 办公室). Fills
         * {@code lines} with the paragraphs taken, top first.
         */
        private static List<String> signatureNames(List<Item> body, int date, List<Item> lines) {
            List<String> names = new ArrayList<>();
            int s = date - 1;
            while (s >= 0 && names.size() < 4 && signatureLine(body.get(s))) {
                String name = body.get(s).plain;
                int top = s;
                while (top - 1 >= 0 && signatureLine(body.get(top - 1)) && top > s - 2) {
                    String above = body.get(top - 1).plain;
                    boolean wrap =
                            ORGAN_NAME.matcher(above + name).matches()
                                    && (!ORGAN_NAME.matcher(name).matches()
                                            || !ORGAN_NAME.matcher(above).matches());
                    if (!wrap) {
                        break;
                    }
                    name = above + name;
                    top--;
                }
                if (!ORGAN_NAME.matcher(name).matches()) {
                    break;
                }
                names.add(0, name);
                for (int t = s; t >= top; t--) {
                    lines.add(0, body.get(t));
                }
                s = top - 1;
            }
            return names;
        }

        private static boolean signatureLine(Item it) {
            return it.isParagraph()
                    && it.role == Role.BODY
                    && it.plain.length() <= 25
                    && it.plain.matches("^[\\p{IsHan}（）()]+$")
                    && Numbering.of(it.plain).isEmpty()
                    && !it.plain.matches("^(特此|此复|此致|专此|附件).*");
        }

        private Optional<Recognised<DisclosureAttribute>> disclosure(List<Item> body) {
            for (Item it : body) {
                Matcher m = it.isParagraph() ? DISCLOSURE_MARK.matcher(it.plain) : null;
                if (m == null || !m.matches()) {
                    continue;
                }
                it.role = Role.DISCLOSURE;
                String what = m.group(1).replaceAll("\\s", "");
                if (!it.plain.equals("（此件" + what + "）")) {
                    repairs.add(it.origin + "的标注“" + it.plain + "”改用全角括号");
                    it.setText("（此件" + what + "）");
                }
                DisclosureAttribute a =
                        what.contains("依申请")
                                ? DisclosureAttribute.ON_REQUEST
                                : what.contains("不予公开") || what.contains("不公开")
                                        ? DisclosureAttribute.WITHHELD
                                        : what.contains("公开")
                                                ? DisclosureAttribute.PROACTIVE
                                                : null;
                if (a == null) {
                    doubts.add(it.origin + "的标注“" + it.plain + "”说不出公开属性；请填写 disclosure");
                    return Optional.empty();
                }
                return Optional.of(new Recognised<>(a, it.origin, "标注“" + it.plain + "”"));
            }
            doubts.add("原件没有（此件公开发布）一类的公开属性标注；请按“先确定公开属性，再运转呈签”填写 disclosure");
            return Optional.empty();
        }

        /** 附件：1. … and the numbered lines under it, before the signature. */
        private List<Recognised<String>> attachments(List<Item> body, int signatureIndex) {
            List<Recognised<String>> out = new ArrayList<>();
            for (int k = 0; k < Math.min(body.size(), signatureIndex); k++) {
                Item it = body.get(k);
                Matcher m = it.isParagraph() ? ATTACHMENT_NOTE.matcher(it.plain) : null;
                if (m == null || !m.matches() || it.role != Role.BODY) {
                    continue;
                }
                it.role = Role.ATTACHMENT_NOTE;
                String first = m.group(1).strip();
                if (!first.isEmpty()) {
                    Matcher n = ATTACHMENT_ITEM.matcher(first);
                    out.add(
                            Recognised.at(
                                    attachmentTitle(n.matches() ? n.group(2) : first), it.origin));
                }
                for (int j = k + 1; j < signatureIndex; j++) {
                    Item next = body.get(j);
                    Matcher n = next.isParagraph() ? ATTACHMENT_ITEM.matcher(next.plain) : null;
                    if (n == null || !n.matches() || next.plain.length() > 80) {
                        break;
                    }
                    next.role = Role.ATTACHMENT_NOTE;
                    out.add(Recognised.at(attachmentTitle(n.group(2)), next.origin));
                }
                break;
            }
            return out;
        }

        private static String attachmentTitle(String s) {
            return s.strip().replaceAll("[；;。，,]+$", "");
        }

        /**
         * Joins a paragraph that stops mid-sentence with the one that carries on: what a page break
         * in a careless conversion leaves. A short line without any punctuation is a heading or a
         * title, not a broken sentence, and is left alone.
         */
        @SuppressWarnings(
                "IncrementInForLoopAndHeader") // k-- after a join: the joined paragraph is looked
        // at again
        private void joinBrokenParagraphs(List<Item> body) {
            for (int k = 0; k + 1 < body.size(); k++) {
                Item a = body.get(k);
                Item b = body.get(k + 1);
                if (a.role != Role.BODY
                        || b.role != Role.BODY
                        || !a.isParagraph()
                        || !b.isParagraph()
                        || a.layout().tabular()
                        || b.layout().tabular()
                        || a.hasPicture()
                        || b.hasPicture()) {
                    continue;
                }
                if (ChineseText.endsSentence(a.plain)
                        || headingCandidate(a)
                        || unnumberedHeading(a)) {
                    continue;
                }
                boolean prose = a.plain.length() > 40 || a.plain.matches(".*[，。、；].*");
                if (!prose
                        || Numbering.of(b.plain).isPresent()
                        || b.layout().headingStyle()
                        || b.layout().centred()
                        || ATTACHMENT_NOTE.matcher(b.plain).matches()) {
                    continue;
                }
                repairs.add(a.origin + "与" + b.origin + "原是一段（前一段在句子中间断开，多为分页所致），已合并");
                a.setText(ChineseText.join(a.text, b.text));
                body.remove(k + 1);
                k--; // the joined paragraph may go on into the next one as well
            }
        }

        /**
         * Short, no sentence punctuation, not ending in a colon, and not a table row: a line with
         * three or more separate numbers (行政规范性文件 0 5 5, 1.属于国家秘密1 0 0) is figures, never a
         * heading.
         */
        private static boolean headingLike(String plain) {
            return plain.length() <= 40
                    && !plain.matches(".*[。；！？;!?].*")
                    && !plain.matches(".*[：:]$")
                    && numbers(plain) < 3
                    && !plain.matches(".*[，、,（(《“的和与及或并将对在为把被从向]$");
        }

        private static final Pattern DATE_IN_TEXT =
                Pattern.compile("(?:[0-9]{2,4}年)?[0-9]{1,2}月(?:[0-9]{1,2}日)?|[0-9]{2,4}年");
        private static final Pattern NUMBER = Pattern.compile("[0-9０-９]+(?:[.．][0-9０-９]+)?");
        private static final Pattern LEGAL_REFERENCE =
                Pattern.compile("^第[一二三四五六七八九十百零〇0-9]+条.*(款|项)$");

        /**
         * Separate numbers after the leading numbering (1. of 1.属于 is numbering, not a figure); a
         * date (2025年3月1日, 3月1日) is one number, so 春耕生产（3月1日—4月30日） may still be a heading.
         */
        private static int numbers(String plain) {
            String rest =
                    Numbering.of(plain)
                            .map(n -> n.pattern.matcher(plain).replaceFirst(""))
                            .orElse(plain);
            rest = DATE_IN_TEXT.matcher(rest).replaceAll("0");
            Matcher m = NUMBER.matcher(rest);
            int n = 0;
            while (m.find()) {
                n++;
            }
            return n;
        }

        private static boolean headingCandidate(Item it) {
            return it.role == Role.BODY
                    && it.isParagraph()
                    && !it.layout().tabular()
                    && !it.hasPicture()
                    && Numbering.of(it.plain).isPresent()
                    && headingLike(it.plain);
        }

        /** An unnumbered heading: the title of an attached document, set apart by the layout. */
        private static boolean unnumberedHeading(Item it) {
            SourceBlock.Layout l = it.layout();
            return it.role == Role.BODY
                    && it.isParagraph()
                    && !l.tabular()
                    && !it.hasPicture()
                    && Numbering.of(it.plain).isEmpty()
                    && !LEGAL_REFERENCE.matcher(it.plain).matches()
                    && (l.centred() || l.headingStyle() || l.allBold())
                    && headingLike(it.plain)
                    && !ATTACHMENT_NOTE.matcher(it.plain).matches()
                    && !it.plain.matches("^附件\\s*[0-9]*$");
        }

        /** An unnumbered heading that is not the caption of the table right under it. */
        private static boolean partTitle(List<Item> body, int k) {
            return unnumberedHeading(body.get(k))
                    && !(k + 1 < body.size() && body.get(k + 1).block instanceof SourceBlock.Table);
        }

        /**
         * Heading levels from numbering: within each part (the main text, then each attached
         * document under its own ## title), the kinds used as headings take consecutive levels in
         * GB/T order, so a document using only （一） headings gets ## for them and no level is ever
         * skipped.
         */
        private List<OfficialDocument.BodyBlock> structure(List<Item> body) {
            List<OfficialDocument.BodyBlock> out = new ArrayList<>();
            List<Item> headings = new ArrayList<>();
            int partStart = 0;
            while (partStart < body.size()) {
                int partEnd = partStart + 1;
                while (partEnd < body.size() && !partTitle(body, partEnd)) {
                    partEnd++;
                }
                boolean titled = partTitle(body, partStart);
                int base = titled ? 3 : 2;
                TreeSet<Numbering> kinds = new TreeSet<>();
                for (Item it : body.subList(partStart, partEnd)) {
                    if (headingCandidate(it)) {
                        kinds.add(Numbering.of(it.plain).orElseThrow());
                    }
                }
                List<Numbering> ranks = new ArrayList<>(kinds);
                for (int k = partStart; k < partEnd; k++) {
                    Item it = body.get(k);
                    if (k == partStart && titled) {
                        out.add(new OfficialDocument.BodyBlock.Heading(2, it.plain));
                        headings.add(it);
                        if (it.layout().headingStyle() || it.layout().centred()) {
                            repairs.add(it.origin + "“" + it.plain + "”作为所附文件的标题（##）");
                        }
                    } else if (headingCandidate(it)) {
                        int level =
                                Math.min(
                                        6,
                                        base + ranks.indexOf(Numbering.of(it.plain).orElseThrow()));
                        out.add(new OfficialDocument.BodyBlock.Heading(level, it.plain));
                        headings.add(it);
                    } else if (it.block instanceof SourceBlock.Table t) {
                        out.add(
                                new OfficialDocument.BodyBlock.Table(
                                        t.rows().stream()
                                                .map(
                                                        r ->
                                                                r.stream()
                                                                        .map(
                                                                                ChineseText
                                                                                        ::removeStraySpaces)
                                                                        .toList())
                                                .toList()));
                    } else {
                        out.add(
                                new OfficialDocument.BodyBlock.Paragraph(
                                        it.text, it.layout().tabular()));
                    }
                }
                partStart = partEnd;
            }
            duplicateHeadings(headings);
            return out;
        }

        /**
         * Two headings with the same words apart from their numbers (四、X and 五、X) are not something
         * a conversion does: the original has it, or someone pasted twice. Only the editor can say
         * which words were meant, so the import says where and changes nothing.
         */
        private void duplicateHeadings(List<Item> headings) {
            java.util.Map<String, Item> seen = new java.util.HashMap<>();
            for (Item h : headings) {
                String words =
                        Numbering.of(h.plain)
                                .map(n -> n.pattern.matcher(h.plain).replaceFirst(""))
                                .orElse(h.plain)
                                .replaceAll("\\s+", "");
                Item first = seen.putIfAbsent(words, h);
                if (first != null) {
                    doubts.add(
                            h.origin
                                    + "的标题“"
                                    + h.plain
                                    + "”与"
                                    + first.origin
                                    + "的“"
                                    + first.plain
                                    + "”除序号外文字相同，原件可能有误；请对照原件改正标题");
                }
            }
        }
    }
}
