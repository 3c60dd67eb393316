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
        if (d.summary().isEmpty()) {
            return;
        }
        int n = d.summary().get().codePointCount(0, d.summary().get().length());
        if (n > LIMIT) {
            out.add(
                    error(
                            d.at("summary"),
                            "内容概述有 "
                                    + n
                                    + " 个字，超过 "
                                    + LIMIT
                                    + " 个字：请压缩到 "
                                    + LIMIT
                                    + " 字以内（第 "
                                    + (LIMIT + 1)
                                    + " 个字起：“"
                                    + d.summary()
                                            .get()
                                            .substring(
                                                    d.summary().get().offsetByCodePoints(0, LIMIT))
                                    + "”）"));
        }
    }
}
