package org.gongkai.importer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The first 成文日期 line and the 发文机关署名 line(s) right above it; the issuer falls back on the 发文机关标志
 * when no signature says who.
 *
 * @param index the body index of the signature's first line (of the date when unsigned, the body's
 *     size when undated): the 附件说明 is looked for above it
 */
record SignatureBlock(
        Optional<Recognised<String>> issuer, Optional<Recognised<LocalDate>> written, int index) {

    static final Pattern ORGAN_NAME =
            Pattern.compile(
                    "^[\\p{IsHan}（）]{2,40}(人民政府|政府|办公室|委员会|党委|管委会|局|所|站|中心|办|委|部|厅|院|会|队|处|科|组|社区|村民委员会)$");

    static SignatureBlock read(
            List<LayoutItem> body, Optional<Recognised<String>> organMark, RecognitionNotes notes) {
        for (int k = 0; k < body.size(); k++) {
            LayoutItem d = body.get(k);
            if (!d.isParagraph()) {
                continue;
            }
            Optional<LocalDate> date = ChineseDate.parseLine(d.plain);
            if (date.isEmpty()) {
                continue;
            }
            d.role = LayoutItem.Role.DATE;
            Optional<Recognised<LocalDate>> written =
                    Optional.of(Recognised.at(date.get(), d.origin));
            List<LayoutItem> signers = new ArrayList<>();
            List<String> names = signatureNames(body, k, signers);
            signers.forEach(c -> c.role = LayoutItem.Role.SIGNATURE);
            if (!signers.isEmpty()) {
                return new SignatureBlock(
                        Optional.of(signed(names, signers, organMark, notes)),
                        written,
                        k - signers.size());
            }
            if (organMark.isPresent()) {
                notes.doubts.add("成文日期上方没有发文机关署名，issuer 取自发文机关标志，请核对");
                return new SignatureBlock(fromMark(organMark, "取自发文机关标志（无署名）"), written, k);
            }
            notes.doubts.add("没有找到发文机关署名或发文机关标志；请填写 issuer");
            return new SignatureBlock(Optional.empty(), written, k);
        }
        notes.doubts.add("没有找到成文日期（如 2022年6月21日 单独一行）；请填写 written");
        if (organMark.isPresent()) {
            return new SignatureBlock(
                    fromMark(organMark, "取自发文机关标志"), Optional.empty(), body.size());
        }
        notes.doubts.add("没有找到发文机关署名或发文机关标志；请填写 issuer");
        return new SignatureBlock(Optional.empty(), Optional.empty(), body.size());
    }

    private static Optional<Recognised<String>> fromMark(
            Optional<Recognised<String>> organMark, String remark) {
        return organMark.map(m -> new Recognised<>(m.value(), m.origin(), remark));
    }

    /** The issuer the signature names; a doubt when it differs from the 发文机关标志. */
    private static Recognised<String> signed(
            List<String> names,
            List<LayoutItem> signers,
            Optional<Recognised<String>> organMark,
            RecognitionNotes notes) {
        String joined = String.join("、", names);
        String origin =
                signers.size() == 1
                        ? signers.get(0).origin
                        : signers.get(0).origin + "至" + signers.get(signers.size() - 1).origin;
        String remark =
                names.size() > 1
                        ? "联合发文，署名" + names.size() + "个机关"
                        : signers.size() > 1 ? "发文机关署名（" + signers.size() + " 行合为一行）" : "发文机关署名";
        if (organMark.isPresent() && !organMark.get().value().equals(joined)) {
            remark += "；与发文机关标志“" + organMark.get().value() + "文件”不同，按署名填写，请核对";
            notes.doubts.add(
                    "发文机关：署名“"
                            + joined
                            + "”与发文机关标志“"
                            + organMark.get().value()
                            + "文件”不同，已按署名填写 issuer，请核对");
        }
        return new Recognised<>(joined, origin, remark);
    }

    /**
     * The organs signing above the date line at {@code date}, read upwards: a line that is an
     * organ's name on its own is one signer, unless the line above is not a name on its own but
     * makes one with it (a long name wrapped: 安乐镇农村人居环境整治 / 工作领导小组, 安乐镇人民政府 / 办公室). Fills {@code
     * lines} with the paragraphs taken, top first.
     */
    private static List<String> signatureNames(
            List<LayoutItem> body, int date, List<LayoutItem> lines) {
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

    private static boolean signatureLine(LayoutItem it) {
        return it.isBodyParagraph()
                && it.plain.length() <= 25
                && it.plain.matches("^[\\p{IsHan}（）()]+$")
                && Numbering.of(it.plain).isEmpty()
                && !it.plain.matches("^(特此|此复|此致|专此|附件).*");
    }
}
