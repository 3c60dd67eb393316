package org.gongkai.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongkai.content.DisclosureAttribute;

/**
 * Reads the GB/T 9704 layout of an official document off its paragraphs: 版头 (发文机关标志, 文号), 标题, 主送机关,
 * body, 附件说明, 发文机关署名 and 成文日期, the （此件公开发布） marker; then rebuilds the body: paragraphs broken by
 * page breaks are joined, and 一、/（一）/1./（1） numbering becomes heading levels that never jump. Word
 * heading styles are only a hint: converted files carry wrong ones.
 *
 * <p>Each step is its own type, run here in order over one list of {@link LayoutItem}s: a step
 * marks the roles it found, and a later one relies on them (the 附件说明 is looked for only above the
 * 署名 found first). What the steps tell the editor gathers in one {@link RecognitionNotes}.
 */
final class LayoutRecognizer {

    private static final Pattern FULLWIDTH_NUMBER_DOT = Pattern.compile("^([0-9０-９]{1,2})[．.]");

    private LayoutRecognizer() {}

    static OfficialDocument recognise(SourceText source) {
        List<LayoutItem> items = new ArrayList<>();
        for (SourceBlock b : source.blocks()) {
            if (b instanceof SourceBlock.Paragraph p && p.layout().tabular()) {
                // a table line as it stands: the spaces between its cells are the only column marks
                // left
                if (!p.plain().isBlank()) {
                    items.add(new LayoutItem(b, p.text().strip()));
                }
            } else if (b instanceof SourceBlock.Paragraph p) {
                String t = ChineseText.normaliseNumbering(ChineseText.removeStraySpaces(p.text()));
                t = fullWidthNumberDot(t);
                if (!ChineseText.withoutMarks(t).isBlank()) {
                    items.add(new LayoutItem(b, t));
                }
            } else {
                items.add(new LayoutItem(b, ""));
            }
        }
        return run(items, source);
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

    private static OfficialDocument run(List<LayoutItem> items, SourceText source) {
        RecognitionNotes notes = new RecognitionNotes(source);
        PrintedMatter.drop(items, notes);
        LetterHead head = LetterHead.read(items, notes);
        TitleLines title = TitleLines.read(items, head.end(), notes);
        int bodyStart = head.end() + title.lines();
        Optional<Recognised<String>> recipients = recipients(items, bodyStart);
        List<LayoutItem> body = new ArrayList<>(items.subList(bodyStart, items.size()));
        SignatureBlock signature = SignatureBlock.read(body, head.organMark(), notes);
        Optional<Recognised<DisclosureAttribute>> disclosure = DisclosureLine.read(body, notes);
        List<Recognised<String>> attachments = AttachmentLines.read(body, signature.index());
        BrokenParagraphs.join(body, notes);
        List<OfficialDocument.BodyBlock> blocks = HeadingLevels.structure(body, notes);
        return new OfficialDocument(
                head.organMark(),
                head.docNumber(),
                title.title(),
                recipients,
                signature.issuer(),
                signature.written(),
                disclosure,
                attachments,
                blocks,
                new OfficialDocument.Notes(notes.repairs, notes.doubts, notes.dropped),
                source.pictures());
    }

    /** 主送机关: a short line ending in a colon right under the title; it stays in the body too. */
    private static Optional<Recognised<String>> recipients(List<LayoutItem> items, int at) {
        if (at >= items.size()) {
            return Optional.empty();
        }
        LayoutItem r = items.get(at);
        if (r.isParagraph()
                && r.plain.length() <= 100
                && r.plain.matches(".*[：:]$")
                && !r.plain.contains("。")
                && Numbering.of(r.plain).isEmpty()) {
            r.role = LayoutItem.Role.RECIPIENTS;
            return Optional.of(
                    new Recognised<>(r.plain.replaceAll("[：:]$", ""), r.origin, "保留在正文第一行"));
        }
        return Optional.empty();
    }
}
