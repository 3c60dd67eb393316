package org.gongkai.check;

import java.util.List;
import java.util.Locale;
import org.gongkai.content.Body;
import org.gongkai.content.Document;
import org.gongkai.content.Finding;

/**
 * A link or image in a body that points at the machine's files rather than the column: {@code ../}
 * past content/, an absolute path, a {@code file:} address or a Windows path. The build never reads such
 * a path (only attachments are copied, and those are contained by ContentPath); the finding tells the
 * editor the link cannot work and is often a pasted local path that names someone's computer.
 */
public final class LinkOutsideContent extends DocumentRule {

    @Override
    public String id() {
        return "link-outside-content";
    }

    @Override
    public String description() {
        return "正文中的链接和图片不能指向 content/ 之外（../ 越界、绝对路径、file: 地址、Windows 路径）";
    }

    @Override
    public void check(Document d, Setting setting, List<Finding> out) {
        String file = d.source().file();
        int depth = (int) file.chars().filter(c -> c == '/').count();
        for (Body.Link link : d.body().links()) {
            String problem = problem(link.destination().strip(), depth);
            if (problem != null) {
                out.add(Finding.error(id(), link.where(), (link.image() ? "图片" : "链接") + "“"
                        + link.destination() + "”" + problem));
            }
        }
    }

    /** Why a destination leaves the content folder, or null. {@code depth} is the document's folder depth. */
    static String problem(String dest, int depth) {
        String lower = dest.toLowerCase(Locale.ROOT);
        if (lower.startsWith("file:")) {
            return "是本机文件地址（file:），网站上无法打开；请把文件作为附件放在本文件旁边，再写相对路径";
        }
        if (dest.indexOf('\\') >= 0 || dest.matches("^[A-Za-z]:.*")) {
            return "是 Windows 路径，网站上无法打开；请用 / 分隔的相对路径";
        }
        if (dest.startsWith("/") && !dest.startsWith("//")) {
            return "是绝对路径，会指向服务器上的文件；请写相对于本文件的路径";
        }
        if (dest.contains(":") || dest.startsWith("//") || dest.startsWith("#")) {
            return null;
        }
        int level = depth;
        String path = dest;
        int cut = path.indexOf('#');
        if (cut >= 0) {
            path = path.substring(0, cut);
        }
        cut = path.indexOf('?');
        if (cut >= 0) {
            path = path.substring(0, cut);
        }
        for (String part : path.split("/")) {
            if (part.equals("..")) {
                level--;
                if (level < 0) {
                    return "用 ../ 越出了 content/ 文件夹；只能链接 content/ 内的文件";
                }
            } else if (!part.isEmpty() && !part.equals(".")) {
                level++;
            }
        }
        return null;
    }
}
