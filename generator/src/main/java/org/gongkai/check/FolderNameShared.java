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

    /**
     * The names of one kind that gets a page per name, as the documents are walked: its folder in
     * site/, its key, its label, which spelling took each folder first and where, and what it
     * found.
     */
    private static final class Names {
        final String folder;
        final String key;
        final String label;
        final Map<String, String> firstName = new HashMap<>();
        final Map<String, Document> firstDoc = new HashMap<>();
        final List<Finding> found = new ArrayList<>();

        Names(String folder, String key, String label) {
            this.folder = folder;
            this.key = key;
            this.label = label;
        }

        /**
         * One name of {@code d}: the first to take its folder keeps it, a later spelling is told.
         */
        void add(Document d, String name, Map<String, String> folderOf, Rule rule) {
            String in = folderOf.computeIfAbsent(name, OutputName::folders);
            String first = firstName.putIfAbsent(in, name);
            firstDoc.putIfAbsent(in, d);
            if (first != null && !first.equals(name)) {
                found.add(
                        rule.error(
                                d.at(key),
                                label
                                        + "“"
                                        + name
                                        + "”与 "
                                        + firstDoc.get(in).source().file()
                                        + " 中的“"
                                        + first
                                        + "”在网站上是同一个文件夹（"
                                        + folder
                                        + "/"
                                        + in
                                        + "/），一个的页面会覆盖另一个；请统一写法，都写“"
                                        + first
                                        + "”"));
            }
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
        Names villages = new Names("villages", "village", "村名");
        Names issuers = new Names("issuers", "issuer", "发布机构");
        Names topics = new Names("topics", "topics", "主题分类");
        Names themes = new Names("themes", "themes", "特色主题");
        // one pass, each document read once for its four kinds: four passes over 10,000 documents
        // spread over the heap cost more in cache misses than the work on their few names
        for (Document d : docs) {
            if (d.details() instanceof Details.Publicity p && p.village().isPresent()) {
                villages.add(d, p.village().get(), folderOf, this);
            }
            if (d.issuer().isPresent()) {
                issuers.add(d, d.issuer().get(), folderOf, this);
            }
            for (String name : d.subjects().topics()) {
                topics.add(d, name, folderOf, this);
            }
            for (String name : d.subjects().themes()) {
                themes.add(d, name, folderOf, this);
            }
        }
        for (Names kind : List.of(villages, issuers, topics, themes)) {
            out.addAll(kind.found);
        }
    }
}
