package org.gongkai.preview;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * {@code /search?q=} in the preview, answered by the server from the site being previewed. This build
 * has no search stage, so the endpoint answers 404 and the search page falls back to its static index.
 */
final class SearchEndpoint {

    private final Preview preview;

    SearchEndpoint(Preview preview) {
        this.preview = preview;
    }

    void handle(HttpExchange ex) throws IOException {
        PreviewServer.send(ex, 404, "text/plain; charset=utf-8",
                ("预览服务器没有搜索索引：" + preview.root()).getBytes(StandardCharsets.UTF_8));
    }
}
