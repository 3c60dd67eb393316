package org.gongkai.check;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.gongkai.content.Document;
import org.gongkai.content.DocumentType;
import org.gongkai.content.Finding;
import org.gongkai.site.SiteModel;

/**
 * 国办秘函〔2019〕19号 counts 通知公告 and 政策文件 columns not updated for six months as stale (enough stale
 * columns fail a site outright). A column with no published document is not emitted at all, so it is
 * not reported.
 */
public final class ColumnStale implements Rule {

    static final List<DocumentType> WATCHED = List.of(DocumentType.NOTICE, DocumentType.POLICY);

    @Override
    public String id() {
        return "column-stale";
    }

    @Override
    public String description() {
        return "通知公告、政策文件栏目超过六个月未更新（政府网站检查视为不更新栏目）";
    }

    @Override
    public List<Finding> check(SiteModel model) {
        List<Finding> out = new ArrayList<>();
        LocalDate limit = model.asOf().minusMonths(6);
        for (DocumentType type : WATCHED) {
            Document newest = null;
            for (Document d : model.published()) {
                if (d.type() == type && (newest == null || SiteModel.NEWEST_FIRST.compare(d, newest) < 0)) {
                    newest = d;
                }
            }
            if (newest != null && newest.published().isPresent() && newest.published().get().isBefore(limit)) {
                out.add(Finding.warning(id(), newest.at("published"), "“" + type.label() + "”栏目最新一篇发布于 "
                        + newest.published().get() + "，截至 " + model.asOf() + " 已超过六个月未更新：检查时会被认定为不更新栏目，"
                        + "请及时发布新内容"));
            }
        }
        return out;
    }
}
