package org.gongkai.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.gongkai.publish.SolrPush;
import org.gongkai.search.PublishManifest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code gongkai publish-search --site OUT --solr URL --collection NAME}: bring a Solr collection
 * to the documents the built site publishes ({@link SolrPush}), from the publish manifests the
 * build wrote — one for a column site, one per column folder for a platform.
 */
@Command(
        name = "publish-search",
        description =
                "把已生成网站公开的文件推送到 Solr 搜索集合：只发送新增和修改的，删除不再公开的；可重复运行，中断后再运行即续传。"
                        + "Solr 要求登录时，把“用户名:密码”放在环境变量 GONGKAI_SOLR_AUTH 中。")
final class PublishSearchCommand extends Subcommand {

    @Option(names = "--site", required = true, paramLabel = "OUT", description = "已生成的网站或平台目录")
    Path site;

    @Option(
            names = "--solr",
            required = true,
            paramLabel = "URL",
            description = "Solr 节点地址，如 http://127.0.0.1:8983/solr；多个节点用逗号分隔，一个节点失败时改用下一个")
    String solr;

    @Option(names = "--collection", required = true, paramLabel = "NAME", description = "Solr 集合名")
    String collection;

    @Option(
            names = "--columns",
            split = ",",
            paramLabel = "ID",
            description = "平台：只推送这些栏目（可各栏目并行推送）；不写则推送全部栏目，并删除已不在平台上的栏目的文件")
    List<String> columns = new ArrayList<>();

    @Option(
            names = "--column",
            defaultValue = "site",
            paramLabel = "ID",
            description = "单个栏目网站在集合中的栏目名（默认 ${DEFAULT-VALUE}）")
    String column;

    @Option(
            names = "--batch",
            defaultValue = "500",
            paramLabel = "N",
            description = "每次请求发送的文件数（默认 ${DEFAULT-VALUE}）")
    int batch;

    @Option(
            names = "--patience",
            defaultValue = "120",
            paramLabel = "SECONDS",
            description = "一次请求在所有节点上持续失败多久后放弃（默认 ${DEFAULT-VALUE} 秒）")
    int patience;

    @Override
    int run(PrintWriter out, PrintWriter err) throws Exception {
        Map<String, List<PublishManifest.Entry>> manifests = new TreeMap<>();
        boolean platform = !Files.isRegularFile(site.resolve(PublishManifest.FILE));
        if (!platform) {
            manifests.put(column, PublishManifest.read(site).orElseThrow());
        } else {
            manifests.putAll(columnManifests(site));
            if (!columns.isEmpty()) {
                List<String> missing =
                        columns.stream().filter(c -> !manifests.containsKey(c)).toList();
                if (!missing.isEmpty()) {
                    err.println(
                            "gongkai: 这些栏目没有搜索发布清单："
                                    + String.join("、", missing)
                                    + "（栏目 ID 写错了，或生成时 platform.yaml 没有写 search_solr）");
                    return Main.USAGE;
                }
                manifests.keySet().retainAll(columns);
            }
        }
        if (manifests.isEmpty()) {
            err.println(
                    "gongkai: "
                            + site
                            + " 中没有搜索发布清单（"
                            + PublishManifest.FILE
                            + "）：请在 site.yaml 或 "
                            + "platform.yaml 中写 search_solr（如 /solr/zcwjk/select）后重新生成");
            return Main.USAGE;
        }
        int documents = manifests.values().stream().mapToInt(List::size).sum();
        out.println(
                "推送 " + manifests.size() + " 个栏目的 " + documents + " 篇公开文件到 Solr 集合 " + collection);
        out.flush();
        long t0 = System.nanoTime();
        SolrPush push =
                new SolrPush(
                        SolrPush.nodes(solr),
                        collection,
                        batch,
                        Duration.ofSeconds(patience),
                        line -> {
                            out.println(line);
                            out.flush();
                        });
        // from the environment, not an option: a password on the command line shows in the process
        // list and CI logs
        push.withBasicAuth(System.getenv().getOrDefault("GONGKAI_SOLR_AUTH", ""));
        SolrPush.Result r = push.push(manifests, platform, platform && columns.isEmpty());
        out.printf(
                "完成：发送 %d 篇，删除 %d 篇，未变 %d 篇；重试 %d 次（%d ms）%n",
                r.sent(),
                r.deleted(),
                r.unchanged(),
                r.retries(),
                (System.nanoTime() - t0) / 1_000_000);
        return Main.OK;
    }

    /**
     * A platform's OUT: each column folder with a manifest, by its folder name (the column's id).
     */
    static Map<String, List<PublishManifest.Entry>> columnManifests(Path platformOut)
            throws IOException {
        Map<String, List<PublishManifest.Entry>> out = new TreeMap<>();
        if (!Files.isDirectory(platformOut)) {
            return out;
        }
        try (Stream<Path> children = Files.list(platformOut)) {
            for (Path c : children.sorted().toList()) {
                if (Files.isDirectory(c)) {
                    PublishManifest.read(c).ifPresent(m -> out.put(c.getFileName().toString(), m));
                }
            }
        }
        return out;
    }
}
