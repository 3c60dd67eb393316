package org.gongkai.publish;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.gongkai.content.Digest;
import org.gongkai.search.PublishManifest;

/**
 * Brings a Solr collection to exactly the documents of the pushed columns' publish manifests: sends
 * what is new or changed, deletes what is no longer published, and reads its state from the
 * collection itself (each document's {@code hash}, the digest of what was sent), so a second push
 * sends nothing and a push cut off half-way resumes where the collection stands. Deletions go first
 * and the push reports success only after the final commit: a document turned 不予公开 or removed is
 * out of the collection by then.
 *
 * <p>Plain JDK HTTP and Solr's JSON update format, not SolrJ: the CLI jar stays free of Solr's
 * client and its logging, and spreading requests over the nodes and retrying them is this class's
 * job either way. Every request is idempotent (documents replace by id, deletes by id), so a
 * request that failed on one node is simply sent again to the next.
 */
public final class SolrPush {

    /** What a push did. {@code retries}: requests sent again after a node failed or refused. */
    public record Result(int sent, int deleted, int unchanged, int retries) {}

    /** Documents per update request: a few hundred kilobytes of JSON for real texts. */
    public static final int DEFAULT_BATCH = 500;

    private static final ObjectMapper JSON = new ObjectMapper();

    private final List<URI> nodes;
    private final String collection;
    private final int batch;
    private final Duration patience;
    private final Consumer<String> progress;
    private String authorization = "";
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private int next;
    private int retries;

    /**
     * @param nodes the Solr nodes' base URLs (http://host:8983/solr), tried in turn
     * @param patience how long one request may keep failing over every node (a leader election
     *     takes seconds)
     */
    public SolrPush(
            List<URI> nodes,
            String collection,
            int batch,
            Duration patience,
            Consumer<String> progress) {
        if (nodes.isEmpty()) {
            throw new IllegalArgumentException("no Solr node");
        }
        this.nodes = List.copyOf(nodes);
        this.collection = collection;
        this.batch = Math.max(1, batch);
        this.patience = patience;
        this.progress = progress;
    }

    /**
     * Sends {@code userAndPassword} ("user:password") as HTTP basic authentication with every
     * request: Solr's BasicAuthPlugin guards the private side where a push writes.
     */
    public SolrPush withBasicAuth(String userAndPassword) {
        authorization =
                userAndPassword.isEmpty()
                        ? ""
                        : "Basic "
                                + Base64.getEncoder()
                                        .encodeToString(
                                                userAndPassword.getBytes(StandardCharsets.UTF_8));
        return this;
    }

    /**
     * Push {@code columns} (column id → its manifest): a platform's columns ({@code platform},
     * their documents' addresses under the column's folder) or one site's. With {@code whole}, the
     * collection is the platform's alone: the documents of columns that are gone are deleted too;
     * otherwise only the named columns are touched, so columns can push in parallel.
     */
    public Result push(
            Map<String, List<PublishManifest.Entry>> columns, boolean platform, boolean whole)
            throws IOException, InterruptedException {
        // what an earlier push that was cut off had sent is in the collection but not yet visible:
        // a soft commit first lets the state below see it, so this push skips it
        request("/update?softCommit=true&wt=json", "{}");
        Map<String, String> state =
                state(whole ? "*:*" : "{!terms f=column}" + String.join(",", columns.keySet()));
        // id and digest only: a document's JSON (its body, its term list) is made when its batch
        // goes out, so a platform of 200,000 documents is not held in memory twice
        Map<String, Wanted> wanted = new TreeMap<>();
        columns.forEach(
                (column, entries) ->
                        entries.forEach(
                                e ->
                                        wanted.put(
                                                column + "/" + e.id(),
                                                new Wanted(
                                                        column,
                                                        e,
                                                        hash(column + (platform ? "/" : ""), e)))));
        List<String> gone =
                state.keySet().stream().filter(id -> !wanted.containsKey(id)).sorted().toList();
        for (int i = 0; i < gone.size(); i += batch) {
            ObjectNode delete = JSON.createObjectNode();
            ArrayNode ids = delete.putArray("delete");
            gone.subList(i, Math.min(gone.size(), i + batch)).forEach(ids::add);
            update(delete);
        }
        if (!gone.isEmpty()) {
            progress.accept("已从搜索集合删除 " + gone.size() + " 篇不再公开的文件");
        }
        List<Wanted> changed =
                wanted.entrySet().stream()
                        .filter(w -> !w.getValue().hash().equals(state.get(w.getKey())))
                        .map(Map.Entry::getValue)
                        .toList();
        for (int i = 0; i < changed.size(); i += batch) {
            ArrayNode docs = JSON.createArrayNode();
            changed.subList(i, Math.min(changed.size(), i + batch))
                    .forEach(w -> docs.add(document(w.column(), w.entry(), platform, w.hash())));
            // no commit per batch: each one flushed a small segment and opened a new searcher on
            // every replica, most of the push's time (the opening soft commit above does what it
            // was for)
            update(docs);
            progress.accept(
                    "已发送 " + Math.min(changed.size(), i + batch) + " / " + changed.size() + " 篇");
        }
        // durable and visible before success is reported
        request("/update?commit=true&waitSearcher=true&wt=json", "{}");
        return new Result(changed.size(), gone.size(), wanted.size() - changed.size(), retries);
    }

    /** A document the push must leave in the collection, with the digest of its fields. */
    private record Wanted(String column, PublishManifest.Entry entry, String hash) {}

    /** The collection's documents under {@code query} (Solr syntax, private handler), id → hash. */
    Map<String, String> state(String query) throws IOException, InterruptedException {
        Map<String, String> out = new LinkedHashMap<>();
        String cursor = "*";
        while (true) {
            JsonNode r =
                    request(
                            "/state?wt=json&rows=1000&sort=id%20asc&fl=id,hash&q="
                                    + encode(query)
                                    + "&cursorMark="
                                    + encode(cursor),
                            null);
            for (JsonNode d : r.path("response").path("docs")) {
                out.put(d.path("id").asText(), d.path("hash").asText(""));
            }
            String nextCursor = r.path("nextCursorMark").asText(cursor);
            if (nextCursor.equals(cursor)) {
                return out;
            }
            cursor = nextCursor;
        }
    }

    /**
     * The Solr document for one manifest entry: the local index's fields, the idf's term list, what
     * a result shows and the digest. {@code url} is relative to the platform's root (the column's
     * folder first) when {@code inPlatform}, else to the site's.
     */
    static ObjectNode document(
            String column, PublishManifest.Entry e, boolean inPlatform, String hash) {
        ObjectNode d = JSON.createObjectNode();
        d.put("id", column + "/" + e.id());
        d.put("column", column);
        d.put("doc", e.id());
        d.put("url", (inPlatform ? column + "/" : "") + e.url());
        d.put("meta", JSON.valueToTree(e.meta()).toString());
        d.put("hash", hash);
        d.put("title", e.title());
        putText(d, "doc_number", e.docNumber());
        putText(d, "doc_number_text", e.docNumberText());
        putText(d, "body", e.body());
        putText(d, "issuer", e.issuer());
        putList(d, "topics", e.topics());
        putList(d, "themes", e.themes());
        putList(d, "keywords", e.keywords());
        putText(d, "synonyms", e.synonyms());
        d.put(PublishManifest.ALL, String.join(" ", e.terms()));
        d.put("type", e.type());
        putText(d, "year", e.year());
        putText(d, "validity", e.validity());
        putList(d, "topic", e.topic());
        if (e.published() != null) {
            d.put("published", e.published());
        }
        return d;
    }

    /**
     * The local index leaves a field out when it has no text; so does the collection (an empty
     * value is no term).
     */
    private static void putText(ObjectNode d, String field, String value) {
        if (value != null && !value.isEmpty()) {
            d.put(field, value);
        }
    }

    private static void putList(ObjectNode d, String field, List<String> values) {
        if (!values.isEmpty()) {
            ArrayNode a = d.putArray(field);
            values.forEach(a::add);
        }
    }

    /**
     * Digest of what the collection holds for the entry: a changed field, url or column gives a new
     * one.
     */
    static String hash(String column, PublishManifest.Entry e) {
        // the generator's one fingerprint: what the collection holds tells an edited entry from an
        // unchanged one, as a page's view digest does
        MessageDigest md = Digest.start();
        md.update((column + "\n").getBytes(StandardCharsets.UTF_8));
        md.update(PublishManifest.json(e));
        return HexFormat.of().formatHex(md.digest());
    }

    private void update(JsonNode body) throws IOException, InterruptedException {
        request("/update?wt=json", JSON.writeValueAsString(body));
    }

    /**
     * One request to the collection: GET without a body, else a JSON POST. A node that cannot be
     * reached, or that answers 5xx (a replica recovering, no leader yet), hands the request to the
     * next node, with a growing pause once every node has been tried, until {@link #patience} runs
     * out. A 4xx is the request's own fault and ends the push at once.
     */
    private JsonNode request(String path, String body) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + patience.toNanos();
        long pause = 200;
        String last = "";
        for (int attempt = 0; ; attempt++) {
            URI node = nodes.get(next % nodes.size());
            URI uri = URI.create(node.toString().replaceAll("/+$", "") + "/" + collection + path);
            HttpRequest.Builder r = HttpRequest.newBuilder(uri).timeout(Duration.ofMinutes(2));
            if (!authorization.isEmpty()) {
                r.header("Authorization", authorization);
            }
            if (body != null) {
                r.header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body));
            }
            try {
                HttpResponse<String> response =
                        http.send(r.build(), HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() / 100 == 2) {
                    return JSON.readTree(response.body());
                }
                last = "HTTP " + response.statusCode() + " " + abbreviate(response.body());
                if (response.statusCode() / 100 == 4) {
                    throw new Refused("Solr 拒绝了请求 " + uri.getPath() + "：" + last);
                }
            } catch (Refused e) {
                throw e;
            } catch (IOException e) {
                last = e.toString();
            }
            if (System.nanoTime() > deadline) {
                throw new IOException("Solr 节点均无法完成请求（已重试 " + attempt + " 次）：" + last);
            }
            retries++;
            next++;
            progress.accept("节点 " + node + " 未能完成请求（" + abbreviate(last) + "），改由下一个节点重试");
            if ((attempt + 1) % nodes.size() == 0) {
                Thread.sleep(pause);
                pause = Math.min(pause * 2, 5000);
            }
        }
    }

    /** A 4xx: sending it again, anywhere, would fail the same way. */
    private static final class Refused extends IOException {
        private static final long serialVersionUID = 1L;

        Refused(String message) {
            super(message);
        }
    }

    private static String abbreviate(String s) {
        String one = s.replaceAll("\\s+", " ");
        return one.length() > 200 ? one.substring(0, 200) + "…" : one;
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** The nodes of a --solr value: base URLs separated by commas. */
    public static List<URI> nodes(String urls) {
        List<URI> out = new ArrayList<>();
        for (String u : urls.split(",")) {
            if (!u.isBlank()) {
                out.add(URI.create(u.strip()));
            }
        }
        return out;
    }
}
