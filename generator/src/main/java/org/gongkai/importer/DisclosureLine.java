package org.gongkai.importer;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongkai.content.DisclosureAttribute;

/** The （此件公开发布） marker in the body, its brackets repaired, read as a disclosure attribute. */
final class DisclosureLine {

    private static final Pattern DISCLOSURE_MARK =
            Pattern.compile("^[（(]\\s*此件(.{1,20}?)\\s*[)）]$");

    private DisclosureLine() {}

    static Optional<Recognised<DisclosureAttribute>> read(
            List<LayoutItem> body, RecognitionNotes notes) {
        for (LayoutItem it : body) {
            Matcher m = it.isParagraph() ? DISCLOSURE_MARK.matcher(it.plain) : null;
            if (m == null || !m.matches()) {
                continue;
            }
            it.role = LayoutItem.Role.DISCLOSURE;
            String what = m.group(1).replaceAll("\\s", "");
            if (!it.plain.equals("（此件" + what + "）")) {
                notes.repairs.add(it.origin + "的标注“" + it.plain + "”改用全角括号");
                it.setText("（此件" + what + "）");
            }
            DisclosureAttribute a =
                    what.contains("依申请")
                            ? DisclosureAttribute.ON_REQUEST
                            : what.contains("不予公开") || what.contains("不公开")
                                    ? DisclosureAttribute.WITHHELD
                                    : what.contains("公开") ? DisclosureAttribute.PROACTIVE : null;
            if (a == null) {
                notes.doubts.add(it.origin + "的标注“" + it.plain + "”说不出公开属性；请填写 disclosure");
                return Optional.empty();
            }
            return Optional.of(new Recognised<>(a, it.origin, "标注“" + it.plain + "”"));
        }
        notes.doubts.add("原件没有（此件公开发布）一类的公开属性标注；请按“先确定公开属性，再运转呈签”填写 disclosure");
        return Optional.empty();
    }
}
