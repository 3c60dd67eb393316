package org.gongkai.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.nio.file.Path;
import org.gongkai.search.SearchQuery;
import org.gongkai.search.SearchService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code gongkai search "低保"}: ask the Lucene index of a built site, as the browser's search would
 * rank it.
 */
@Command(name = "search", description = "在已生成网站的搜索索引中检索（与网页搜索相同的分词和排序）。多个词须同时出现；用 OR 或 | 分隔可选词。")
final class SearchCommand extends Subcommand {

    @Parameters(index = "0", paramLabel = "QUERY", description = "检索词，如 低保、安政发〔2022〕32号")
    String query;

    @Option(
            names = "--site",
            defaultValue = "site",
            paramLabel = "DIR",
            description = "已生成的网站目录（默认 ${DEFAULT-VALUE}）")
    Path site;

    @Option(
            names = "--limit",
            defaultValue = "10",
            paramLabel = "N",
            description = "最多显示几条（默认 ${DEFAULT-VALUE}）")
    int limit;

    @Option(
            names = "--json",
            description = "以 JSON 输出：按名次排列的 {id, title, url, docNumber, score} 列表")
    boolean json;

    @Override
    int run(PrintWriter out, PrintWriter err) throws Exception {
        try (SearchService service = SearchService.open(site)) {
            SearchService.Result result =
                    service.search(query, SearchService.Filters.NONE, Math.max(0, limit));
            if (result.cut()) {
                // on stderr, so --json output stays one JSON value
                err.println(SearchQuery.CUT_NOTE);
                err.flush();
            }
            if (json) {
                out.println(new ObjectMapper().writeValueAsString(result.hits()));
            } else {
                out.println(
                        "共找到 "
                                + result.total()
                                + " 条结果"
                                + (result.total() > result.hits().size()
                                        ? "，显示前 " + result.hits().size() + " 条"
                                        : ""));
                int rank = 1;
                for (SearchService.Hit h : result.hits()) {
                    out.printf(
                            "%2d. %s%s  [%.2f]%n    %s%n",
                            rank++,
                            h.title(),
                            h.docNumber().isEmpty() ? "" : "（" + h.docNumber() + "）",
                            h.score(),
                            h.url());
                }
            }
        }
        return Main.OK;
    }
}
