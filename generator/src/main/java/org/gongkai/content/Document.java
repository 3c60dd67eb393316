package org.gongkai.content;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One content file, typed at the door. Immutable; everything later stages know of a document comes
 * from here.
 *
 * @param disclosure the 公开属性 as the front matter states it (不予公开 when it is there but unreadable)
 * @param disclosureMarks the body's marker lines such as （此件不予公开）
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
        Optional<DisclosureAttribute> disclosure,
        List<DisclosureMark> disclosureMarks,
        Optional<String> withheldBasis,
        Optional<LocalDate> reviewBy,
        Optional<String> indexNo,
        Optional<String> issuer,
        List<String> topics,
        List<String> themes,
        List<String> keywords,
        Optional<String> summary,
        List<Attachment> attachments,
        Body body,
        Details details,
        Map<String, SourceRef> keys,
        Optional<String> catalogItem,
        Optional<LocalDate> formed) {

    public Document {
        topics = List.copyOf(topics);
        themes = List.copyOf(themes);
        keywords = List.copyOf(keywords);
        disclosureMarks = List.copyOf(disclosureMarks);
        attachments = List.copyOf(attachments);
        keys = Map.copyOf(keys);
    }

    /**
     * The attribute in force, decided before anything else about a document: stated, or 主动公开 for
     * types where the content model makes that the default — unless the body carries a marker
     * saying it is not public. A document whose attribute is in doubt is withheld: a rule reports
     * the doubt, and nothing is published on a front matter's silence (or its word alone) against
     * the issuing office's marker.
     */
    public DisclosureAttribute effectiveDisclosure() {
        // an undecided policy is never published, nor anything whose disclosure key was written and
        // left blank
        DisclosureAttribute stated =
                disclosure.orElse(
                        type == DocumentType.POLICY || keys.containsKey("disclosure")
                                ? DisclosureAttribute.WITHHELD
                                : DisclosureAttribute.PROACTIVE);
        if (stated.isPublic()) {
            for (DisclosureMark m : disclosureMarks) {
                if (!m.attribute().isPublic()) {
                    return DisclosureAttribute.WITHHELD;
                }
            }
        }
        return stated;
    }

    public boolean isPublic() {
        return effectiveDisclosure().isPublic();
    }

    /** Where a key stands, or the top of the file when it is absent. */
    public SourceRef at(String key) {
        SourceRef ref = keys.get(key);
        return ref != null ? ref : source;
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
