package org.gongkai.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The 附件说明: 附件：1. … and the numbered lines under it, before the signature. */
final class AttachmentLines {

    static final Pattern ATTACHMENT_NOTE = Pattern.compile("^附\\s*件\\s*[：:]\\s*(.*)$");
    private static final Pattern ATTACHMENT_ITEM =
            Pattern.compile("^([0-9]{1,2})\\s*[.．、]\\s*(.+)$");

    private AttachmentLines() {}

    static List<Recognised<String>> read(List<LayoutItem> body, int signatureIndex) {
        List<Recognised<String>> out = new ArrayList<>();
        for (int k = 0; k < Math.min(body.size(), signatureIndex); k++) {
            LayoutItem it = body.get(k);
            Matcher m = it.isParagraph() ? ATTACHMENT_NOTE.matcher(it.plain) : null;
            if (m == null || !m.matches() || it.role != LayoutItem.Role.BODY) {
                continue;
            }
            it.role = LayoutItem.Role.ATTACHMENT_NOTE;
            String first = m.group(1).strip();
            if (!first.isEmpty()) {
                Matcher n = ATTACHMENT_ITEM.matcher(first);
                out.add(Recognised.at(title(n.matches() ? n.group(2) : first), it.origin));
            }
            for (int j = k + 1; j < signatureIndex; j++) {
                LayoutItem next = body.get(j);
                Matcher n = next.isParagraph() ? ATTACHMENT_ITEM.matcher(next.plain) : null;
                if (n == null || !n.matches() || next.plain.length() > 80) {
                    break;
                }
                next.role = LayoutItem.Role.ATTACHMENT_NOTE;
                out.add(Recognised.at(title(n.group(2)), next.origin));
            }
            break;
        }
        return out;
    }

    private static String title(String s) {
        return s.strip().replaceAll("[；;。，,]+$", "");
    }
}
