package org.gongkai.testing;

import java.util.List;
import org.gongkai.content.Attachment;
import org.gongkai.content.Body;
import org.gongkai.content.Document;

/**
 * A loaded document with parts replaced, for tests that the renderer reads what the loader decided.
 */
public final class Documents {

    private Documents() {}

    /** {@code d} under another title: a new object, as the loader makes for an edited file. */
    public static Document retitled(Document d, String title) {
        return rebuilt(d, title, d.body(), d.attachments());
    }

    public static Document with(Document d, Body body, List<Attachment> attachments) {
        return rebuilt(d, d.title(), body, attachments);
    }

    private static Document rebuilt(
            Document d, String title, Body body, List<Attachment> attachments) {
        return new Document(
                d.id(),
                d.type(),
                d.source(),
                title,
                d.published(),
                d.disclosure(),
                d.withheldBasis(),
                d.reviewBy(),
                d.indexNo(),
                d.issuer(),
                d.subjects(),
                d.summary(),
                attachments,
                body,
                d.details(),
                d.keys(),
                d.catalogItem(),
                d.formed());
    }
}
