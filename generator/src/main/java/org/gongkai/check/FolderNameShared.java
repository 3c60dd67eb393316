package org.gongkai.check;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.gongkai.content.Details;
import org.gongkai.content.Document;
import org.gongkai.content.DocumentType;
import org.gongkai.content.Finding;
import org.gongkai.content.OutputName;
import org.gongkai.site.SiteModel;

/**
 * Two different villages (or issuers, topics, themes) that are written to one folder in site/: "东关
 * 村" and "东关-村" both become villages/东关-村/, and one village's page silently replaced the other's.
 * The document whose file comes first keeps the folder; each later spelling is reported where it is
 * written.
 */
public final class FolderNameShared extends Rule {

    /**
     * One kind of name that gets a page per name: its folder in site/, its key, its label, its
     * values.
     */
    private record Kind(
            String folder, String key, String label, Function<Document, List<String>> names) {}

    private static final List<Kind> KINDS =
            List.of(
                    new Kind(
                            "villages",
                            "village",
                            "村名",
                            d ->
                                    d.details() instanceof Details.Publicity p
                                            ? p.village().stream().toList()
                                            : List.of()),
                    new Kind("issuers", "issuer", "发布机构", d -> d.issuer().stream().toList()),
                    new Kind("topics", "topics", "主题分类", Document::topics),
                    new Kind("themes", "themes", "特色主题", Document::themes));

    public FolderNameShared() {
        super("folder-name-shared", "写法不同的村名、发布机构或分类不能落在网站的同一个文件夹里（否则一个的页面会覆盖另一个）");
    }

    @Override
    public void check(SiteModel model, List<Finding> out) {
        // the renderer makes term pages from published documents other than fixed pages
        List<Document> docs =
                new ArrayList<>(
                        model.published().stream()
                                .filter(d -> d.type() != DocumentType.PAGE)
                                .toList());
        docs.sort(Comparator.comparing((Document d) -> d.source().file()));
        // a handful of names stand on thousands of documents: each name's folder is worked out once
        Map<String, String> folderOf = new HashMap<>();
        for (Kind kind : KINDS) {
            Map<String, String> firstName = new HashMap<>();
            Map<String, Document> firstDoc = new HashMap<>();
            for (Document d : docs) {
                for (String name : kind.names().apply(d)) {
                    String folder = folderOf.computeIfAbsent(name, OutputName::folders);
                    String first = firstName.putIfAbsent(folder, name);
                    firstDoc.putIfAbsent(folder, d);
                    if (first != null && !first.equals(name)) {
                        out.add(
                                error(
                                        d.at(kind.key()),
                                        kind.label()
                                                + "“"
                                                + name
                                                + "”与 "
                                                + firstDoc.get(folder).source().file()
                                                + " 中的“"
                                                + first
                                                + "”在网站上是同一个文件夹（"
                                                + kind.folder()
                                                + "/"
                                                + folder
                                                + "/），一个的页面会覆盖另一个；请统一写法，都写“"
                                                + first
                                                + "”"));
                    }
                }
            }
        }
    }
}
