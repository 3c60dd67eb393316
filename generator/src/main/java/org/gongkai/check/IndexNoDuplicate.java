package org.gongkai.check;

import java.util.Optional;
import org.gongkai.content.Document;
import org.gongkai.content.Finding;

/** 索引号 identifies one item of the 政府信息公开目录 (条例 第十二条); every scheme requires it to be unique. */
public final class IndexNoDuplicate extends UniqueAcrossSite {

    public IndexNoDuplicate() {
        super("index-no-duplicate", "索引号在全站必须唯一");
    }

    @Override
    Optional<String> key(Document d) {
        return d.indexNo().map(String::strip);
    }

    @Override
    Finding duplicate(Document d, Document first) {
        return error(
                d.at("index_no"),
                "索引号“"
                        + d.indexNo().orElseThrow()
                        + "”与 "
                        + first.source().file()
                        + " 重复：请改用本年度下一个未用的序号");
    }
}
