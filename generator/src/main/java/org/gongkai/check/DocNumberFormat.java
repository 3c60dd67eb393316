package org.gongkai.check;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.gongkai.content.Details;
import org.gongkai.content.Document;
import org.gongkai.content.Finding;

/** 文号 in the GB/T 9704 form; the message shows the corrected form for the usual mistakes. */
public final class DocNumberFormat extends DocumentRule {

    @Override
    public String id() {
        return "doc-number-format";
    }

    @Override
    public String description() {
        return "文号应符合 GB/T 9704：发文机关代字〔四位年份〕序号号，如 安政发〔2022〕32号（令的编号如 国务院令第711号 除外）";
    }

    @Override
    public void check(Document d, Setting setting, List<Finding> out) {
        Optional<Details.Policy> p = d.policy();
        if (p.isEmpty() || p.get().docNumber().isEmpty()) {
            return;
        }
        String text = p.get().docNumber().get();
        if (DocNumber.isOrder(text)) {
            return;
        }
        int writtenYear = p.get().written().or(d::published).map(LocalDate::getYear).orElse(0);
        Optional<DocNumber> n = DocNumber.parse(text, writtenYear);
        if (n.isEmpty()) {
            out.add(Finding.error(id(), d.at("doc_number"), "文号“" + text + "”格式不对：应写成 发文机关代字〔年份〕序号号，"
                    + "例如 安政发〔2022〕32号"));
        } else if (!n.get().wellFormed()) {
            out.add(Finding.error(id(), d.at("doc_number"), "文号“" + text + "”" + String.join("，", n.get().problems())
                    + "：应写作 " + n.get().canonical()));
        }
    }
}
