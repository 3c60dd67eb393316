package org.gongkai.check;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gongkai.content.Body;
import org.gongkai.content.Document;
import org.gongkai.content.Finding;

/**
 * Converted documents often get heading levels wrong: a level skipped (## then ####), or sibling
 * sections (一、 二、 三、 四、) at different levels. Screen-reader users navigate by these levels, and the
 * page outline is built from them.
 */
public final class HeadingLevels extends DocumentRule {

    public HeadingLevels() {
        super("heading-levels", "（转换质量）标题级别不应跳级（## 后直接 ####），同一序号样式的同级标题（一、二、三……）应使用相同级别");
    }

    @Override
    public void check(Document d, Setting setting, List<Finding> out) {
        for (Wrong w : wrong(d)) {
            out.add(warning(w.heading().where(), w.message()));
        }
    }

    /** A heading at the wrong level, the level it should have, and what to tell the editor. */
    record Wrong(Body.Heading heading, int level, String message) {}

    /**
     * Every heading at the wrong level: for the check, and for {@code check --fix}, which sets the
     * level.
     */
    static List<Wrong> wrong(Document d) {
        List<Wrong> out = new ArrayList<>();
        Map<String, Body.Heading> firstOfStyle = new HashMap<>();
        Body.Heading previous = null;
        for (Body.Heading h : d.body().headings()) {
            String style = HeadingNumbering.style(h.text());
            Body.Heading sibling = style.isEmpty() ? null : firstOfStyle.putIfAbsent(style, h);
            int level = h.level();
            if (sibling != null && sibling.level() != h.level()) {
                level = sibling.level();
                out.add(
                        new Wrong(
                                h,
                                level,
                                "标题“"
                                        + h.text()
                                        + "”是 "
                                        + marks(h.level())
                                        + "，而同样以“"
                                        + style
                                        + "”编号的同级标题“"
                                        + sibling.text()
                                        + "”（第 "
                                        + sibling.where().line()
                                        + " 行）是 "
                                        + marks(sibling.level())
                                        + "：请改为 "
                                        + marks(sibling.level())));
            } else if (previous != null && h.level() > previous.level() + 1) {
                level = previous.level() + 1;
                out.add(
                        new Wrong(
                                h,
                                level,
                                "标题级别跳级：上一个标题（第 "
                                        + previous.where().line()
                                        + " 行）是 "
                                        + marks(previous.level())
                                        + "，这里却是 "
                                        + marks(h.level())
                                        + "：请改为 "
                                        + marks(previous.level() + 1)));
            }
            previous = h;
        }
        return out;
    }

    static String marks(int level) {
        return "#".repeat(level);
    }
}
