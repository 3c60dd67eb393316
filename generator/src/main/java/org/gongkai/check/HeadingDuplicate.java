package org.gongkai.check;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gongkai.content.Body;
import org.gongkai.content.Document;
import org.gongkai.content.Finding;

/**
 * Two headings with the same text (numbers aside) in one document are usually a section pasted
 * twice or a title not updated after copying; they also give the page two identical entries in its
 * outline.
 */
public final class HeadingDuplicate extends DocumentRule {

    public HeadingDuplicate() {
        super("heading-duplicate", "（转换质量）同一文件中不应有文字相同的标题（不计序号）");
    }

    @Override
    public void check(Document d, Setting setting, List<Finding> out) {
        Map<String, Body.Heading> seen = new HashMap<>();
        for (Body.Heading h : d.body().headings()) {
            String key = HeadingNumbering.stripped(h.text());
            if (key.isEmpty()) {
                continue;
            }
            Body.Heading first = seen.putIfAbsent(key, h);
            if (first != null) {
                out.add(
                        warning(
                                h.where(),
                                "标题“"
                                        + h.text()
                                        + "”与第 "
                                        + first.where().line()
                                        + " 行的“"
                                        + first.text()
                                        + "”文字相同：请核对是否重复粘贴，或标题未改"));
            }
        }
    }
}
