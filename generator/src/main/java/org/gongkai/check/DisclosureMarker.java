package org.gongkai.check;

import java.util.List;
import org.gongkai.content.DisclosureMark;
import org.gongkai.content.Document;
import org.gongkai.content.Finding;

/**
 * Official documents carry their attribute as a line such as （此件公开发布）. When that line and the front
 * matter disagree, one of them is wrong — and if it is the front matter, a document may be
 * published that the issuing office marked as not public (it is withheld until they agree: {@link
 * Document#effectiveDisclosure()}).
 */
public final class DisclosureMarker extends DocumentRule {

    public DisclosureMarker() {
        super(
                "disclosure-marker-mismatch",
                "正文中的公开属性标注（如（此件公开发布））必须与 front matter 的 disclosure 一致");
    }

    @Override
    public void check(Document d, Setting setting, List<Finding> out) {
        if (d.disclosure().stated().isEmpty()) {
            return; // reported by disclosure-attribute-missing
        }
        for (DisclosureMark m : d.disclosure().marks()) {
            if (m.attribute() != d.disclosure().stated().get()) {
                out.add(
                        m.error(
                                id(),
                                "（"
                                        + m.attribute().label()
                                        + "）与 front matter 的 disclosure: "
                                        + d.disclosure().stated().get().label()
                                        + " 不一致：请核对发文稿，改正其中错误的一处"));
            }
        }
    }
}
