package org.gongkai.content;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * One content file, typed at the door. Immutable; everything later stages know of a document comes
 * from here.
 *
 * @param disclosure the 公开属性 as the front matter and the body's marker lines state it
 * @param subjects its 主题分类, 特色主题 and 关键词
 * @param keys where each top-level front-matter key stands, so checks can point at the exact line
 * @param catalogItem the 标准目录 item (catalog.yaml id) this document fulfils
 * @param formed when the information was formed or changed: the 标准目录's time limit runs from it
 */
public record Document(
        String id,
        DocumentType type,
        SourceRef source,
        String title,
        Optional<LocalDate> published,
        Disclosure disclosure,
        Optional<String> withheldBasis,
        Optional<LocalDate> reviewBy,
        Optional<String> indexNo,
        Optional<String> issuer,
        Subjects subjects,
        Optional<String> summary,
        List<Attachment> attachments,
        Body body,
        Details details,
        KeyPositions keys,
        Optional<String> catalogItem,
        Optional<LocalDate> formed) {

    public Document {
        attachments = List.copyOf(attachments);
    }

    /**
     * The attribute in force, decided before anything else about a document: stated, or 主动公开 for
     * types where the content model makes that the default — unless the body carries a marker
     * saying it is not public. A document whose attribute is in doubt is withheld: a rule reports
     * the doubt, and nothing is published on a front matter's silence (or its word alone) against
     * the issuing office's marker.
     */
    public DisclosureAttribute effectiveDisclosure() {
        return disclosure.inForce(); // decided once, at load: every page and rule asks
    }

    public boolean isPublic() {
        return effectiveDisclosure().isPublic();
    }

    /** Where a key stands, or the top of the file when it is absent. */
    public SourceRef at(String key) {
        return keys.at(key, source);
    }

    /** The year a document is filed under: its folder year, else its publication year. */
    public int year() {
        return published.isPresent()
                ? published.get().getYear()
                : 0; // no boxing: lists ask for every document
    }

    /** 内容概述: as written, or the body's first sentence. */
    public String summaryText() {
        return summary.orElseGet(() -> firstSentence(body.text()));
    }

    public Optional<Details.Policy> policy() {
        return details instanceof Details.Policy p ? Optional.of(p) : Optional.empty();
    }

    static String firstSentence(String text) {
        // no strip() of the whole body: lists print this for every document on every page
        int start = 0;
        while (start < text.length() && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        int end = -1;
        for (int i = start; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '。' || c == '！' || c == '？' || c == '\n') {
                end = c == '\n' ? i : i + 1;
                break;
            }
        }
        String s = end < 0 ? text.substring(start).strip() : text.substring(start, end);
        return s.length() > 100 ? s.substring(0, 99) + "…" : s;
    }
}
