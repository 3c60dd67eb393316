package org.gongkai.check;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gongkai.content.Attachment;
import org.gongkai.content.Body;
import org.gongkai.content.Document;
import org.gongkai.content.Finding;
import org.gongkai.content.LinkTarget;
import org.gongkai.content.NearestName;
import org.gongkai.site.SiteModel;

/**
 * Links inside the column must land: a Markdown link to another document ({@code ../2021/xyz.md},
 * or its bare id {@code xyz}), a file beside the document (which must be listed in {@code
 * attachments}, since only attachments are published), and every listed attachment file. A link to
 * a document that is not public would be a dead link on the site, and says the document exists:
 * also an error.
 */
public final class LinkBroken extends Rule {

    public LinkBroken() {
        super("link-broken", "正文中的内部链接（../2021/xyz.md 或文件编号）和附件必须指向存在且公开的文件");
    }

    @Override
    public void check(SiteModel model, List<Finding> out) {
        Map<String, Document> byFile = new HashMap<>();
        for (Document d : model.documents()) {
            byFile.put(d.source().file(), d);
        }
        for (Document d : model.documents()) {
            for (Attachment a : d.attachments()) {
                if (!a.exists()) {
                    out.add(
                            error(
                                    a.where(),
                                    "附件“"
                                            + a.file()
                                            + "”不存在（应在 "
                                            + a.path()
                                            + "）：请把文件放在文档旁边，或改正文件名"));
                }
            }
            Set<String> attached = new HashSet<>();
            d.attachments().forEach(a -> attached.add(a.path()));
            for (Body.Link link : d.body().links()) {
                if (link.image()) {
                    continue; // images are checked for alt text; their files by the loader
                }
                String dest = link.destination().strip();
                // where the link leads was decided by ContentPath when the document was loaded
                if (link.target() instanceof LinkTarget.Document doc) {
                    Document target =
                            doc.file().isEmpty()
                                    ? model.find(doc.id()).orElse(null)
                                    : byFile.get(doc.file());
                    if (target == null && doc.file().isEmpty()) {
                        out.add(
                                broken(
                                        link,
                                        "”既不是网址，也不是已有文件的编号"
                                                + NearestName.hint(
                                                        doc.id(), model.byId().keySet())));
                    } else if (target == null) {
                        out.add(
                                broken(
                                        link,
                                        "”指向的文件不存在"
                                                + NearestName.hint(doc.file(), byFile.keySet())));
                    } else if (!target.isPublic()) {
                        out.add(
                                broken(
                                        link,
                                        "”指向"
                                                + target.effectiveDisclosure().label()
                                                + "的文件，网站上不会有这个页面：请删去链接"));
                    }
                } else if (link.target() instanceof LinkTarget.File f
                        && !attached.contains(f.relative())) {
                    String path = dest.replaceAll("[?#].*$", "");
                    out.add(
                            broken(
                                    link,
                                    "”指向的文件没有列在 attachments 中，"
                                            + "网站上不会有它：请在 front matter 的 attachments 中加上 {file: "
                                            + path
                                            + ", title: 附件名称}"));
                }
            }
        }
    }

    /** An error at the link: 链接“destination”… */
    private Finding broken(Body.Link link, String what) {
        return error(link.where(), "链接“" + link.destination().strip() + what);
    }
}
