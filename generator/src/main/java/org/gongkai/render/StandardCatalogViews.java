package org.gongkai.render;

import java.util.ArrayList;
import java.util.List;
import org.gongkai.content.Document;
import org.gongkai.content.StandardCatalog;
import org.gongkai.site.SiteModel;

/**
 * The 基层政务公开标准目录 page: each item with its basis, time limit and channels, linked to what fulfils
 * it.
 */
final class StandardCatalogViews {

    static final String PATH = "biaozhun-mulu/index.html";
    static final String TITLE = "基层政务公开标准目录";

    /**
     * An item fulfilled by a whole column (every policy) shows its latest documents, not hundreds.
     */
    static final int SHOWN = 5;

    private StandardCatalogViews() {}

    /** One item's row: its text as written ({@code $r.item.name}), its channels joined. */
    public record ItemRow(
            StandardCatalog.Written item, String channels, List<Views.Link> documents, int total) {}

    public record CatalogPage(String title, String intro, List<ItemRow> rows) {}

    static CatalogPage page(SiteModel model) {
        List<ItemRow> rows = new ArrayList<>();
        // published() is newest first, so the first few of each are the latest
        List<List<Document>> fulfilling = model.fulfilling();
        for (int i = 0; i < fulfilling.size(); i++) {
            rows.add(row(model.catalog().items().get(i), fulfilling.get(i)));
        }
        return new CatalogPage(
                TITLE,
                "按照《中华人民共和国政府信息公开条例》和国办发〔2019〕54号，本镇主动公开下列事项；"
                        + "每个事项列出公开依据、时限、主体、渠道和已公开的内容（最新的 "
                        + SHOWN
                        + " 件）。"
                        + (model.catalog().builtIn()
                                ? "本栏目尚未制定自己的标准目录，下表是乡镇通用的基层政务公开标准目录，“暂无”的事项可能与本镇无关。"
                                : ""),
                rows);
    }

    private static ItemRow row(StandardCatalog.Item item, List<Document> fulfilling) {
        List<Views.Link> shown =
                fulfilling.stream()
                        .limit(SHOWN)
                        .map(d -> new Views.Link(d.title(), SitePaths.document(d)))
                        .toList();
        return new ItemRow(
                item.written(), String.join("、", item.channels()), shown, fulfilling.size());
    }
}
