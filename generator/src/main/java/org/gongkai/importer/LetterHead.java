package org.gongkai.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The 版头 at the top of the items: copy marks (份号, 密级, 紧急程度) dropped, the 发文机关标志 (one organ's or a
 * joint one), the 文号 and an 上行文's 签发人.
 *
 * @param end the index of the first item after the 版头
 */
record LetterHead(
        Optional<Recognised<String>> organMark, Optional<Recognised<String>> docNumber, int end) {

    private static final Pattern ORGAN_MARK = Pattern.compile("^([\\p{IsHan}（）()]{2,40}?)文件$");
    private static final Pattern COPY_MARKS =
            Pattern.compile("^(特急|加急|平急|特提|机密|秘密|绝密|[0-9]{6}|份号.*)(★.*)?$");

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

    static LetterHead read(List<LayoutItem> items, RecognitionNotes notes) {
        int i = 0;
        while (i < items.size()
                && i < 3
                && items.get(i).isParagraph()
                && COPY_MARKS.matcher(items.get(i).plain).matches()) {
            notes.dropped.add("版头标记“" + items.get(i).plain + "”（" + items.get(i).origin + "）");
            i++;
        }
        int headerEnd = i;
        Optional<Recognised<String>> organMark = Optional.empty();
        Optional<Recognised<String>> docNumber = Optional.empty();
        for (int k = i; k < Math.min(items.size(), i + 8); k++) {
            LayoutItem it = items.get(k);
            if (!it.isParagraph()) {
                Optional<String> joint = k == i ? jointMarkTable(it) : Optional.empty();
                if (joint.isPresent()) {
                    organMark =
                            Optional.of(new Recognised<>(joint.get(), it.origin, "联合行文，版头列出多个机关"));
                    headerEnd = k + 1;
                    continue;
                }
                break;
            }
            if (SIGNER.matcher(it.plain).matches()
                    && (organMark.isPresent() || docNumber.isPresent())) {
                // 上行文's 签发人 sits in the 版头, beside or under the 文号: never 主送, never the title
                notes.dropped.add("版头的签发人“" + it.plain + "”（" + it.origin + "）");
                headerEnd = k + 1;
                continue;
            }
            if (docNumber.isPresent()) {
                break;
            }
            Matcher om = ORGAN_MARK.matcher(it.plain);
            if (organMark.isEmpty() && om.matches()) {
                organMark = Optional.of(jointMark(items, i, k, om.group(1)));
                headerEnd = k + 1;
                continue;
            }
            Optional<Recognised<String>> number = docNumber(it, notes);
            if (number.isPresent()) {
                docNumber = number;
                headerEnd = k + 1;
            }
        }
        if (docNumber.isEmpty()) {
            notes.doubts.add("没有在版头找到文号（如 安政发〔2022〕32号）；如原件有文号，请填写 doc_number");
        }
        return new LetterHead(organMark, docNumber, headerEnd);
    }

    /** "…文件" at {@code k}: a joint 版头's other organs' names stand on the lines above it. */
    private static Recognised<String> jointMark(
            List<LayoutItem> items, int from, int k, String organ) {
        List<String> names = new ArrayList<>();
        for (int u = from; u < k; u++) {
            if (JOINT_ORGAN.matcher(items.get(u).plain).matches()) {
                names.add(items.get(u).plain);
            } else {
                names.clear();
            }
        }
        names.add(organ);
        LayoutItem it = items.get(k);
        String origin =
                names.size() == 1
                        ? it.origin
                        : items.get(k - names.size() + 1).origin + "至" + it.origin;
        return new Recognised<>(
                String.join("、", names),
                origin,
                names.size() > 1 ? "联合行文，版头列出 " + names.size() + " 个机关" : "");
    }

    /** A GB/T 9704 文号, or a number of another form kept as written (with a doubt). */
    private static Optional<Recognised<String>> docNumber(LayoutItem it, RecognitionNotes notes) {
        Optional<DocNumberLine> dn = DocNumberLine.parse(it.plain);
        if (dn.isPresent()) {
            return Optional.of(new Recognised<>(dn.get().text(), it.origin, dn.get().repairs()));
        }
        Matcher loose = LOOSE_NUMBER.matcher(it.plain);
        if (!loose.matches()) {
            return Optional.empty();
        }
        String written = loose.group(1).replaceAll("\\s+", "");
        notes.doubts.add(
                "编号“"
                        + written
                        + "”（"
                        + it.origin
                        + "）不是 GB/T 9704 的文号格式，已照原文写入 doc_number；"
                        + "请核对原件，确属该文件的编号就保留");
        return Optional.of(
                new Recognised<>(written, it.origin, "不是 GB/T 9704 的文号格式（机关代字〔年份〕序号号），照原文保留"));
    }

    /**
     * Word sets a joint 版头 as a table: the organs' names stacked in one cell, 文件 in the cell beside
     * them. The names, when the table is nothing else.
     */
    private static Optional<String> jointMarkTable(LayoutItem it) {
        if (!(it.block instanceof SourceBlock.Table t)) {
            return Optional.empty();
        }
        List<String> cells = new ArrayList<>();
        for (List<String> row : t.rows()) {
            for (String c : row) {
                String plain = ChineseText.withoutMarks(c).strip();
                if (!plain.isEmpty()) {
                    cells.addAll(List.of(plain.split("\\s+")));
                }
            }
        }
        if (cells.size() < 3 || !cells.get(cells.size() - 1).equals("文件")) {
            return Optional.empty();
        }
        List<String> names = cells.subList(0, cells.size() - 1);
        return names.stream().allMatch(n -> SignatureBlock.ORGAN_NAME.matcher(n).matches())
                ? Optional.of(String.join("、", names))
                : Optional.empty();
    }
}
