package org.gongkai.check;

import java.util.List;
import java.util.Map;
import org.gongkai.content.Body;
import org.gongkai.content.DisclosureAttribute;
import org.gongkai.content.Document;
import org.gongkai.content.Finding;

/**
 * Official documents carry their attribute as a line such as （此件公开发布）. When that line and the front
 * matter disagree, one of them is wrong — and if it is the front matter, a document may be published
 * that the issuing office marked as not public.
 */
public final class DisclosureMarker extends DocumentRule {

    static final Map<String, DisclosureAttribute> MARKERS = Map.of(
            "此件公开发布", DisclosureAttribute.PROACTIVE,
            "此件主动公开", DisclosureAttribute.PROACTIVE,
            "此件依申请公开", DisclosureAttribute.ON_REQUEST,
            "此件不予公开", DisclosureAttribute.WITHHELD,
            "此件不公开", DisclosureAttribute.WITHHELD);

    @Override
    public String id() {
        return "disclosure-marker-mismatch";
    }

    @Override
    public String description() {
        return "正文中的公开属性标注（如（此件公开发布））必须与 front matter 的 disclosure 一致";
    }

    @Override
    public void check(Document d, Setting setting, List<Finding> out) {
        if (d.disclosure().isEmpty()) {
            return; // reported by disclosure-attribute-missing
        }
        for (Body.Paragraph p : d.body().paragraphs()) {
            String t = p.text().strip();
            if (t.length() < 6 || t.length() > 12 || !(t.startsWith("（") || t.startsWith("("))) {
                continue;
            }
            DisclosureAttribute marked = MARKERS.get(t.substring(1, t.length() - 1).strip());
            if (marked != null && marked != d.disclosure().get()) {
                out.add(Finding.error(id(), p.where(), "正文标注“" + t + "”（" + marked.label() + "）与 front matter 的"
                        + " disclosure: " + d.disclosure().get().label() + " 不一致：请核对发文稿，改正其中错误的一处"));
            }
        }
    }
}
