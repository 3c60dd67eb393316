package org.gongkai.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.yaml.snakeyaml.Yaml;

class FrontMatterWriterTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "安乐镇人民政府",
                "2026-11-28",
                "true",
                "null",
                "0531-1234567",
                "a: b",
                "#1",
                "- x",
                "\"引号\"",
                "关于印发《办法》的通知：第二批",
                "[综合政务]"
            })
    void valuesReadBackAsTheSameString(String value) {
        String yaml =
                new FrontMatterWriter().key("k", FrontMatterWriter.scalar(value), "注释").text();
        Map<?, ?> read = new Yaml().load(yaml);
        assertEquals(value, read.get("k"), yaml);
    }

    @Test
    void commentsAfterValuesAreAlignedAndCommentLinesStandAbove() {
        String text =
                new FrontMatterWriter()
                        .comment("请填写：标题")
                        .key("title", "", "")
                        .key("issuer", "安乐镇", "发布机构")
                        .key("published", "2026-11-28", "发布日期")
                        .text();
        assertEquals(
                """
                # 请填写：标题
                title:
                issuer: 安乐镇         # 发布机构
                published: 2026-11-28  # 发布日期
                """,
                text);
    }
}
