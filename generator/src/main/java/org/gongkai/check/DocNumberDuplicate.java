package org.gongkai.check;

import java.util.Optional;
import org.gongkai.content.Details;
import org.gongkai.content.DocNumber;
import org.gongkai.content.Document;
import org.gongkai.content.Finding;

/**
 * One 文号 names one document; a second is a copy-and-paste slip. Compared in the corrected GB/T 9704
 * form.
 */
public final class DocNumberDuplicate extends UniqueAcrossSite {

    public DocNumberDuplicate() {
        super("doc-number-duplicate", "文号在全站必须唯一");
    }

    @Override
    Optional<String> key(Document d) {
        return d.policy().flatMap(Details.Policy::docNumber).map(DocNumber::canonical);
    }

    @Override
    Finding duplicate(Document d, Document first) {
        String text = d.policy().flatMap(Details.Policy::docNumber).orElseThrow().written();
        return error(
                d.at("doc_number"), "文号“" + text + "”与 " + first.source().file() + " 重复：请核对文号");
    }
}
