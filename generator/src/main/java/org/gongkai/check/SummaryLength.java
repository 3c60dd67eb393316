package org.gongkai.check;

import java.util.List;
import org.gongkai.content.Document;
import org.gongkai.content.Finding;

/** 内容概述 in the 政府信息公开目录 (条例 第十二条) is a short summary: at most 100 characters. */
public final class SummaryLength extends DocumentRule {

    static final int LIMIT = 100;

    public SummaryLength() {
        super("summary-too-long", "内容概述（summary）不超过 100 个字");
    }

    @Override
    public void check(Document d, Setting setting, List<Finding> out) {
        String summary = d.summary().orElse("");
        int n = summary.codePointCount(0, summary.length());
        if (n > LIMIT) {
            out.add(
                    error(
                            d.at("summary"),
                            "内容概述有 %s 个字，超过 %s 个字：请压缩到 %s 字以内（第 %s 个字起：“%s”）"
                                    .formatted(
                                            n,
                                            LIMIT,
                                            LIMIT,
                                            LIMIT + 1,
                                            summary.substring(
                                                    summary.offsetByCodePoints(0, LIMIT)))));
        }
    }
}
