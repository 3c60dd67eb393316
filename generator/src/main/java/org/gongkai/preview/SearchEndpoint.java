package org.gongkai.preview;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.gongkai.search.SearchQuery;
import org.gongkai.search.SearchService;

/**
 * {@code /search?q=…[&limit=20]} in the preview: the same {@link SearchService} as {@code gongkai
 * search}, over the index of the site being previewed, as JSON ({@code query}, {@code total},
 * {@code hits} with id, title, url relative to the site root, docNumber and score; and {@code note}
 * when the query was cut to its first {@link SearchQuery#MAX_TERMS} terms). Every request gets an
 * answer: a request it cannot read is a 400 that says in Chinese what to send instead, never a
 * dropped connection.
 */
final class SearchEndpoint {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Preview preview;

    SearchEndpoint(Preview preview) {
        this.preview = preview;
    }

    void handle(HttpExchange ex) throws IOException {
        Optional<SearchService> search = preview.search();
        if (search.isEmpty()) {
            PreviewServer.send(
                    ex,
                    503,
                    "text/plain; charset=utf-8",
                    "搜索索引正在建立，请稍后再试".getBytes(StandardCharsets.UTF_8));
            return;
        }
        String q = PreviewServer.param(ex, "q").strip();
        if (q.isEmpty()) {
            badRequest(ex, "请用 ?q=关键词 搜索");
            return;
        }
        if (SearchQuery.parse(q).isEmpty()) {
            badRequest(ex, "检索词中没有可查找的字：请输入汉字、字母或数字");
            return;
        }
        int limit = 20;
        String limitText = PreviewServer.param(ex, "limit");
        if (!limitText.isEmpty()) {
            if (!limitText.matches("\\d{1,3}")
                    || Integer.parseInt(limitText) < 1
                    || Integer.parseInt(limitText) > 100) {
                badRequest(ex, "limit 应是 1 到 100 之间的整数，如 &limit=20");
                return;
            }
            limit = Integer.parseInt(limitText);
        }
        SearchService.Result result = search.get().search(q, SearchService.Filters.NONE, limit);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("query", q);
        if (result.cut()) {
            body.put("note", SearchQuery.CUT_NOTE);
        }
        body.put("total", result.total());
        body.put("hits", result.hits());
        PreviewServer.send(
                ex, 200, "application/json; charset=utf-8", JSON.writeValueAsBytes(body));
    }

    static void badRequest(HttpExchange ex, String message) throws IOException {
        PreviewServer.send(
                ex, 400, "text/plain; charset=utf-8", message.getBytes(StandardCharsets.UTF_8));
    }
}
