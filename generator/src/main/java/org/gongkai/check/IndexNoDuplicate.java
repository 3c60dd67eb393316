package org.gongkai.check;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gongkai.content.Document;
import org.gongkai.content.Finding;
import org.gongkai.site.SiteModel;

/** 索引号 identifies one item of the 政府信息公开目录 (条例 第十二条); every scheme requires it to be unique. */
public final class IndexNoDuplicate implements Rule {

    @Override
    public String id() {
        return "index-no-duplicate";
    }

    @Override
    public String description() {
        return "索引号在全站必须唯一";
    }

    @Override
    public List<Finding> check(SiteModel model) {
        List<Finding> out = new ArrayList<>();
        Map<String, Document> first = new HashMap<>();
        List<Document> sorted = new ArrayList<>(model.documents());
        sorted.sort(Comparator.comparing((Document d) -> d.source().file()));
        for (Document d : sorted) {
            if (d.indexNo().isEmpty()) {
                continue;
            }
            Document earlier = first.putIfAbsent(d.indexNo().get().strip(), d);
            if (earlier != null) {
                out.add(Finding.error(id(), d.at("index_no"), "索引号“" + d.indexNo().get() + "”与 "
                        + earlier.source().file() + " 重复：请改用本年度下一个未用的序号"));
            }
        }
        return out;
    }
}
