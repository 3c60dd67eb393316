package org.gongkai.check;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

    /** One kind of name that gets a page per name: its folder in site/, its key, its label. */
    private enum Kind {
        VILLAGES("villages", "village", "村名"),
        ISSUERS("issuers", "issuer", "发布机构"),
        TOPICS("topics", "topics", "主题分类"),
        THEMES("themes", "themes", "特色主题");

        final String folder;
        final String key;
        final String label;

        Kind(String folder, String key, String label) {
            this.folder = folder;
            this.key = key;
            this.label = label;
        }
    }

    public FolderNameShared() {
        super("folder-name-shared", "写法不同的村名、发布机构或分类不能落在网站的同一个文件夹里（否则一个的页面会覆盖另一个）");
    }

    @Override
    public void check(SiteModel model, List<Finding> out) {
        // the renderer makes term pages from published documents other than fixed pages
        List<Document> docs = new ArrayList<>(model.published().size());
        for (Document d : model.published()) {
            if (d.type() != DocumentType.PAGE) {
                docs.add(d);
            }
        }
        docs.sort(Comparator.comparing((Document d) -> d.source().file()));
        // a handful of names stand on thousands of documents: each name's folder is worked out once
        Map<String, String> folderOf = new HashMap<>();
        for (Kind kind : Kind.values()) {
            Map<String, String> firstName = new HashMap<>();
            Map<String, Document> firstDoc = new HashMap<>();
            for (Document d : docs) {
                // a switch and no list per document: 10,000 documents times four kinds, most with
                // one name or none
                switch (kind) {
                    case VILLAGES -> {
                        if (d.details() instanceof Details.Publicity p && p.village().isPresent()) {
                            name(kind, d, p.village().get(), folderOf, firstName, firstDoc, out);
                        }
                    }
                    case ISSUERS -> {
                        if (d.issuer().isPresent()) {
                            name(kind, d, d.issuer().get(), folderOf, firstName, firstDoc, out);
                        }
                    }
                    case TOPICS -> {
                        for (String name : d.topics()) {
                            name(kind, d, name, folderOf, firstName, firstDoc, out);
                        }
                    }
                    case THEMES -> {
                        for (String name : d.themes()) {
                            name(kind, d, name, folderOf, firstName, firstDoc, out);
                        }
                    }
                }
            }
        }
    }

    /**
     * One name of one document: the first to take its folder keeps it, a later spelling is told.
     */
    private void name(
            Kind kind,
            Document d,
            String name,
            Map<String, String> folderOf,
            Map<String, String> firstName,
            Map<String, Document> firstDoc,
            List<Finding> out) {
        String folder = folderOf.computeIfAbsent(name, OutputName::folders);
        String first = firstName.putIfAbsent(folder, name);
        firstDoc.putIfAbsent(folder, d);
        if (first != null && !first.equals(name)) {
            out.add(
                    error(
                            d.at(kind.key),
                            kind.label
                                    + "“"
                                    + name
                                    + "”与 "
                                    + firstDoc.get(folder).source().file()
                                    + " 中的“"
                                    + first
                                    + "”在网站上是同一个文件夹（"
                                    + kind.folder
                                    + "/"
                                    + folder
                                    + "/），一个的页面会覆盖另一个；请统一写法，都写“"
                                    + first
                                    + "”"));
        }
    }
}
