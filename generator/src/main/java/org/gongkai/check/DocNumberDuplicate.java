package org.gongkai.check;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gongkai.content.Document;
import org.gongkai.content.Finding;
import org.gongkai.site.SiteModel;

/** One 文号 names one document; a second is a copy-and-paste slip. Compared in the corrected GB/T 9704 form. */
public final class DocNumberDuplicate implements Rule {

    @Override
    public String id() {
        return "doc-number-duplicate";
    }

    @Override
    public String description() {
        return "文号在全站必须唯一";
    }

    @Override
    public List<Finding> check(SiteModel model) {
        List<Finding> out = new ArrayList<>();
        Map<String, Document> first = new HashMap<>();
        List<Document> sorted = new ArrayList<>(model.documents());
        sorted.sort(Comparator.comparing((Document d) -> d.source().file()));
        for (Document d : sorted) {
            String text = d.policy().flatMap(p -> p.docNumber()).orElse(null);
            if (text == null) {
                continue;
            }
            String key = DocNumber.isOrder(text) ? text.strip()
                    : DocNumber.parse(text, 0).map(DocNumber::canonical).orElse(text.strip());
            Document earlier = first.putIfAbsent(key, d);
            if (earlier != null) {
                out.add(Finding.error(id(), d.at("doc_number"), "文号“" + text + "”与 " + earlier.source().file()
                        + " 重复：请核对文号"));
            }
        }
        return out;
    }
}
