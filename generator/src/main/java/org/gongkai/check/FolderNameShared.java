package org.gongkai.check;

import java.util.ArrayList;
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

    /** A folder of site/ one kind of name falls in, and the spelling that took it first. */
    private static final class Folder {
        final String name;
        String firstName;
        Document firstDoc;

        Folder(String name) {
            this.name = name;
        }
    }

    /**
     * The names of one kind that gets a page per name, as the documents are walked: its folder in
     * site/, its key, its label, the folder each spelling falls in, and what it found.
     */
    private static final class Names {
        final String folder;
        final String key;
        final String label;

        /** Each spelling seen: a few hundred, written on thousands of documents. */
        final Map<String, Folder> byName = new HashMap<>();

        final Map<String, Folder> byFolder = new HashMap<>();
        final List<Finding> found = new ArrayList<>();

        Names(String folder, String key, String label) {
            this.folder = folder;
            this.key = key;
            this.label = label;
        }

        /**
         * One name of {@code d}: the first to take its folder keeps it, a later spelling is told.
         */
        void add(Document d, String name, Rule rule) {
            Folder in = byName.get(name);
            if (in == null) {
                in = byFolder.computeIfAbsent(OutputName.folders(name), Folder::new);
                byName.put(name, in);
            }
            if (in.firstName == null) {
                in.firstName = name;
                in.firstDoc = d;
            } else if (!in.firstName.equals(name)) {
                found.add(
                        rule.error(
                                d.at(key),
                                label
                                        + "“"
                                        + name
                                        + "”与 "
                                        + in.firstDoc.source().file()
                                        + " 中的“"
                                        + in.firstName
                                        + "”在网站上是同一个文件夹（"
                                        + folder
                                        + "/"
                                        + in.name
                                        + "/），一个的页面会覆盖另一个；请统一写法，都写“"
                                        + in.firstName
                                        + "”"));
            }
        }
    }

    public FolderNameShared() {
        super("folder-name-shared", "写法不同的村名、发布机构或分类不能落在网站的同一个文件夹里（否则一个的页面会覆盖另一个）");
    }

    @Override
    public void check(SiteModel model, List<Finding> out) {
        Names villages = new Names("villages", "village", "村名");
        Names issuers = new Names("issuers", "issuer", "发布机构");
        Names topics = new Names("topics", "topics", "主题分类");
        Names themes = new Names("themes", "themes", "特色主题");
        // one pass in file order, each document read once for its four kinds: four passes over
        // 10,000 documents spread over the heap cost more in cache misses than the work on their
        // few names. The renderer makes term pages from published documents other than fixed pages.
        for (Document d : model.inFileOrder()) {
            if (d.type() == DocumentType.PAGE || !model.isPublished(d)) {
                continue;
            }
            if (d.details() instanceof Details.Publicity p && p.village().isPresent()) {
                villages.add(d, p.village().get(), this);
            }
            if (d.issuer().isPresent()) {
                issuers.add(d, d.issuer().get(), this);
            }
            for (String name : d.subjects().topics()) {
                topics.add(d, name, this);
            }
            for (String name : d.subjects().themes()) {
                themes.add(d, name, this);
            }
        }
        for (Names kind : List.of(villages, issuers, topics, themes)) {
            out.addAll(kind.found);
        }
    }
}
