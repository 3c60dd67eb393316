package org.gongkai.check;

import java.util.List;
import org.gongkai.content.Details;
import org.gongkai.content.DocNumber;
import org.gongkai.content.Document;
import org.gongkai.content.Finding;

/** 文号 in the GB/T 9704 form; the message shows the corrected form for the usual mistakes. */
public final class DocNumberFormat extends DetailsRule<Details.Policy> {

    public DocNumberFormat() {
        super(
                "doc-number-format",
                "文号应符合 GB/T 9704：发文机关代字〔四位年份〕序号号，如 安政发〔2022〕32号（令的编号如 国务院令第711号 除外）",
                Details.Policy.class);
    }

    @Override
    void check(Document d, Details.Policy p, Setting setting, List<Finding> out) {
        DocNumber n = p.docNumber().orElse(null);
        if (n == null || n.isOrder() || n.wellFormed()) {
            return;
        }
        String text = n.written();
        out.add(
                error(
                        d.at("doc_number"),
                        n.recognised()
                                ? "文号“" + text + "”" + n.describe() + "：应写作 " + n.canonical()
                                : "文号“" + text + "”格式不对：应写成 发文机关代字〔年份〕序号号，例如 安政发〔2022〕32号"));
    }
}
