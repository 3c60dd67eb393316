package org.gongkai.content;

/**
 * A notice's {@code kind:}: a 通知公告, or a 工作动态 news item, which has a column of its own (and is
 * stale after two weeks rather than six months).
 */
public enum NoticeKind implements Labelled {
    @Label("通知公告")
    NOTICE,
    @Label("工作动态")
    NEWS
}
