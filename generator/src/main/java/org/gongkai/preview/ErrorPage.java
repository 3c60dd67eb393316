package org.gongkai.preview;

import java.util.List;
import org.apache.commons.text.StringEscapeUtils;
import org.gongkai.content.Finding;

/**
 * What the browser shows while the content has errors: every error with its file, line and column,
 * in place of the page, so an editor sees the mistake where they were looking for the result.
 */
final class ErrorPage {

    private ErrorPage() {}

    static String html(List<Finding> errors, String reloadScript) {
        StringBuilder sb = new StringBuilder();
        sb.append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append(
                        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>内容有错误 - 预览</title>\n<style>\n")
                .append(
                        "body{font:18px/1.7 system-ui,sans-serif;margin:0;background:#fff5f5;color:#1a1a1a}\n")
                .append(
                        "main{max-width:60rem;margin:0 auto;padding:1.5rem}h1{color:#a40000;font-size:1.6rem}\n")
                .append(
                        "li{margin:0 0 1rem;padding:.75rem 1rem;background:#fff;border-left:6px solid #a40000}\n")
                .append("code{font:16px/1.5 ui-monospace,monospace;display:block;color:#555}\n")
                .append("</style>\n")
                .append(reloadScript)
                .append("</head>\n<body>\n<main>\n")
                .append("<h1 id=\"gongkai-errors\">内容有 ")
                .append(errors.size())
                .append(" 个错误，预览暂停更新</h1>\n")
                .append("<p>改正下列问题并保存后，本页会自动刷新。</p>\n<ol>\n");
        for (Finding f : errors) {
            sb.append("<li><code>")
                    .append(
                            StringEscapeUtils.escapeHtml4(
                                    f.where().file()
                                            + ":"
                                            + f.where().line()
                                            + ":"
                                            + f.where().column()
                                            + " ["
                                            + f.ruleId()
                                            + "]"))
                    .append("</code>")
                    .append(StringEscapeUtils.escapeHtml4(f.message()))
                    .append("</li>\n");
        }
        sb.append("</ol>\n</main>\n</body>\n</html>\n");
        return sb.toString();
    }
}
