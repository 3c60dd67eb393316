package org.gongkai.content;

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
}
