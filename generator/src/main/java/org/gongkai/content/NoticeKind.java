package org.gongkai.content;

import java.util.Optional;

/**
 * A notice's {@code kind:}: a 通知公告, or a 工作动态 news item, which has a column of its own (and is
 * stale after two weeks rather than six months).
 */
public enum NoticeKind implements Labelled {
    NOTICE("通知公告"),
    NEWS("工作动态");

    private final String label;

    NoticeKind(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    /** The loader's finding for a {@code kind:} naming neither. */
    static Finding invalid(String text, SourceRef where) {
        return Finding.error("notice-kind", where, "kind“" + text + "”无效：只能是 通知公告 或 工作动态");
    }

    public static Optional<NoticeKind> parse(String text) {
        return Labelled.byLabel(NoticeKind.class, text);
    }
}
