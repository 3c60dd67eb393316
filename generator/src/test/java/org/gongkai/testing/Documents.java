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

    public static Document with(Document d, Body body, List<Attachment> attachments) {
        return new Document(
                d.id(),
                d.type(),
                d.source(),
                d.title(),
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
