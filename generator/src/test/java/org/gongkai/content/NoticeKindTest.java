package org.gongkai.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.gongkai.testing.ContentTree;
import org.junit.jupiter.api.Test;

/** {@code kind:} of a notice is 通知公告 or 工作动态; anything else is named at its line. */
class NoticeKindTest {

    @Test
    void anUnknownKindIsAnErrorAtItsLine() {
        ContentTree t =
                ContentTree.create()
                        .file(
                                "notices/2026/a.md",
                                "---\ntitle: 镇里开展培训\nkind: 工作动态\npublished: 2026-11-20\n---\n\n正文。\n")
                        .file(
                                "notices/2026/b.md",
                                "---\ntitle: 镇里开展培训\nkind: 新闻\npublished: 2026-11-20\n---\n\n正文。\n");
        List<String> found =
                t.check().findings().stream()
                        .filter(f -> f.ruleId().equals("notice-kind"))
                        .map(Finding::format)
                        .toList();
        assertEquals(
                List.of("notices/2026/b.md:3:1: error [notice-kind] kind“新闻”无效：只能是 通知公告 或 工作动态"),
                found);
    }
}
