package org.gongkai.check;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gongkai.content.Body;
import org.gongkai.content.Document;
import org.gongkai.content.Finding;

/**
 * Converted documents often get heading levels wrong: a level skipped (## then ####), or sibling sections
 * (一、 二、 三、 四、) at different levels. Screen-reader users navigate by these levels, and the page
 * outline is built from them.
 */
public final class HeadingLevels extends DocumentRule {

    @Override
    public String id() {
        return "heading-levels";
    }

    @Override
    public String description() {
        return "（转换质量）标题级别不应跳级（## 后直接 ####），同一序号样式的同级标题（一、二、三……）应使用相同级别";
    }

    @Override
    public void check(Document d, Setting setting, List<Finding> out) {
        Map<String, Body.Heading> firstOfStyle = new HashMap<>();
        Body.Heading previous = null;
        for (Body.Heading h : d.body().headings()) {
            String style = HeadingNumbering.style(h.text());
            Body.Heading sibling = style.isEmpty() ? null : firstOfStyle.putIfAbsent(style, h);
            if (sibling != null && sibling.level() != h.level()) {
                out.add(Finding.warning(id(), h.where(), "标题“" + h.text() + "”是 " + marks(h.level()) + "，而同样以“"
                        + style + "”编号的同级标题“" + sibling.text() + "”（第 " + sibling.where().line() + " 行）是 "
                        + marks(sibling.level()) + "：请改为 " + marks(sibling.level())));
            } else if (previous != null && h.level() > previous.level() + 1) {
                out.add(Finding.warning(id(), h.where(), "标题级别跳级：上一个标题（第 " + previous.where().line() + " 行）是 "
                        + marks(previous.level()) + "，这里却是 " + marks(h.level()) + "：请改为 "
                        + marks(previous.level() + 1)));
            }
            previous = h;
        }
    }

    static String marks(int level) {
        return "#".repeat(level);
    }
}
