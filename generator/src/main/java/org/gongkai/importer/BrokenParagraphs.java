package org.gongkai.importer;

import java.util.List;

/**
 * Joins a paragraph that stops mid-sentence with the one that carries on: what a page break in a
 * careless conversion leaves. A short line without any punctuation is a heading or a title, not a
 * broken sentence, and is left alone.
 */
final class BrokenParagraphs {

    private BrokenParagraphs() {}

    @SuppressWarnings(
            "IncrementInForLoopAndHeader") // k-- after a join: the joined paragraph is looked at
    // again
    static void join(List<LayoutItem> body, RecognitionNotes notes) {
        for (int k = 0; k + 1 < body.size(); k++) {
            LayoutItem a = body.get(k);
            LayoutItem b = body.get(k + 1);
            if (!HeadingShape.bodyText(a) || !HeadingShape.bodyText(b)) {
                continue;
            }
            if (ChineseText.endsSentence(a.plain)
                    || HeadingShape.numbered(a)
                    || HeadingShape.unnumbered(a)) {
                continue;
            }
            boolean prose = a.plain.length() > 40 || a.plain.matches(".*[，。、；].*");
            if (!prose
                    || Numbering.of(b.plain).isPresent()
                    || b.layout().headingStyle()
                    || b.layout().centred()
                    || AttachmentLines.ATTACHMENT_NOTE.matcher(b.plain).matches()) {
                continue;
            }
            notes.repairs.add(a.origin + "与" + b.origin + "原是一段（前一段在句子中间断开，多为分页所致），已合并");
            a.setText(ChineseText.join(a.text, b.text));
            body.remove(k + 1);
            k--; // the joined paragraph may go on into the next one as well
        }
    }
}
