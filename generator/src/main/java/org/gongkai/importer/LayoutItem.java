package org.gongkai.importer;

/**
 * A paragraph or table on its way through recognition: each step of {@link LayoutRecognizer} marks
 * the role it found, and a later step looks only at what is still body.
 */
final class LayoutItem {

    enum Role {
        BODY,
        SIGNATURE,
        DATE,
        DISCLOSURE,
        ATTACHMENT_NOTE,
        RECIPIENTS
    }

    final SourceBlock block;
    final String origin;
    String text;
    String plain;
    Role role = Role.BODY;

    LayoutItem(SourceBlock block, String text) {
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

    boolean isBodyParagraph() {
        return role == Role.BODY && isParagraph();
    }

    boolean hasPicture() {
        return Picture.MARK.matcher(plain).find();
    }

    SourceBlock.Layout layout() {
        return block instanceof SourceBlock.Paragraph p ? p.layout() : SourceBlock.Layout.PLAIN;
    }
}
