package org.gongkai.check;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gongkai.content.Body;
import org.gongkai.content.Document;
import org.gongkai.content.Finding;
import org.gongkai.site.SiteModel;

/**
 * A public document whose body links to the Markdown file of a document that is not public. The
 * renderer drops such a link's address (it would name the withheld file); the warning says so.
 */
public final class LinkToWithheld implements Rule {

    @Override
    public String id() {
        return "link-to-withheld";
    }

    @Override
    public String description() {
        return "公开文件的正文不能链接不公开的文件；这类链接发布时会被去掉";
    }

    @Override
    public List<Finding> check(SiteModel model) {
        Map<String, Document> bySource = new HashMap<>();
        model.documents().forEach(d -> bySource.put(d.source().file(), d));
        List<Finding> out = new ArrayList<>();
        for (Document d : model.published()) {
            String file = d.source().file();
            String dir = file.contains("/") ? file.substring(0, file.lastIndexOf('/')) : "";
            for (Body.Link link : d.body().links()) {
                String dest = link.destination();
                String path = dest.replaceAll("[#?].*$", "");
                Document target;
                if (dest.contains(":")) {
                    continue;
                } else if (!path.contains("/") && !path.contains(".")) {
                    target = model.find(path).orElse(null); // a link by document id
                } else if (path.endsWith(".md")) {
                    target = bySource.get(normalise(dir + "/" + java.net.URLDecoder.decode(path,
                            java.nio.charset.StandardCharsets.UTF_8)));
                } else {
                    continue;
                }
                if (target != null && !model.isPublished(target)) {
                    out.add(Finding.warning(id(), link.where(), "链接指向尚未公开或不公开的文件“" + target.id()
                            + "”；网页上只保留链接文字，不保留地址"));
                }
            }
        }
        return out;
    }

    static String normalise(String path) {
        List<String> parts = new ArrayList<>();
        for (String p : path.split("/")) {
            if (p.isEmpty() || p.equals(".")) {
                continue;
            }
            if (p.equals("..")) {
                if (!parts.isEmpty()) {
                    parts.remove(parts.size() - 1);
                }
                continue;
            }
            parts.add(p);
        }
        return String.join("/", parts);
    }
}
