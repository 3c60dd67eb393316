package org.gongkai.solr;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.cloud.MiniSolrCloudCluster;
import org.apache.solr.embedded.JettySolrRunner;

/**
 * One real SolrCloud for the module's tests, started once per test JVM: two nodes under an embedded
 * ZooKeeper, the configset uploaded. Each test class makes its own collection of 2 shards × 2
 * replicas, so every node holds one replica of each shard and either node alone answers every
 * query.
 */
final class SolrCluster {

    static final String CONFIG = "gongkai";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static MiniSolrCloudCluster cluster;
    private static Path base;

    private SolrCluster() {}

    static Path repo() {
        return Path.of(System.getProperty("gongkai.repo", "..")).toAbsolutePath().normalize();
    }

    static synchronized MiniSolrCloudCluster shared() throws Exception {
        if (cluster == null) {
            base = Files.createTempDirectory("gongkai-solr-");
            cluster =
                    new MiniSolrCloudCluster.Builder(2, base)
                            .addConfig(CONFIG, repo().resolve("solr/configset/conf"))
                            .build();
            MiniSolrCloudCluster started = cluster;
            Runtime.getRuntime()
                    .addShutdownHook(
                            new Thread(
                                    () -> {
                                        try {
                                            started.shutdown();
                                        } catch (Exception e) {
                                            // the JVM is ending anyway
                                        }
                                    }));
        }
        return cluster;
    }

    /** Bytes of the index files of every replica of {@code collection} on disk. */
    static long indexBytes(String collection) throws IOException {
        try (Stream<Path> files = Files.walk(base)) {
            return files.filter(Files::isRegularFile)
                    .filter(
                            f ->
                                    f.toString().contains("/" + collection + "_shard")
                                            && f.toString().contains("/data/index"))
                    .mapToLong(f -> f.toFile().length())
                    .sum();
        }
    }

    /** A new collection of 2 shards × 2 replicas, active on both nodes. */
    static void createCollection(String name) throws Exception {
        MiniSolrCloudCluster c = shared();
        CollectionAdminRequest.createCollection(name, CONFIG, 2, 2).process(c.getSolrClient());
        c.waitForActiveCollection(name, 2, 4);
    }

    /** The running nodes' base URLs (http://127.0.0.1:PORT/solr). */
    static List<URI> nodes() throws Exception {
        return shared().getJettySolrRunners().stream()
                .filter(JettySolrRunner::isRunning)
                .map(j -> URI.create(j.getBaseUrl().toString()))
                .toList();
    }

    /** The public /select of {@code collection} on {@code node}, as the search page asks it. */
    static JsonNode select(URI node, String collection, String q, Map<String, String> params)
            throws IOException, InterruptedException {
        StringBuilder url = new StringBuilder(node + "/" + collection + "/select?q=" + encode(q));
        params.forEach((k, v) -> url.append('&').append(encode(k)).append('=').append(encode(v)));
        HttpResponse<String> r =
                HTTP.send(
                        HttpRequest.newBuilder(URI.create(url.toString()))
                                .timeout(Duration.ofSeconds(60))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IOException("HTTP " + r.statusCode() + ": " + r.body());
        }
        return JSON.readTree(r.body());
    }

    /** Documents in {@code collection}, counted on the private side. */
    static long count(URI node, String collection) throws IOException, InterruptedException {
        HttpResponse<String> r =
                HTTP.send(
                        HttpRequest.newBuilder(
                                        URI.create(
                                                node
                                                        + "/"
                                                        + collection
                                                        + "/state?q=*:*&rows=0&wt=json"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        return JSON.readTree(r.body()).path("response").path("numFound").asLong();
    }

    /** The ids of the documents in a small collection, read on the private side. */
    static Set<String> ids(URI node, String collection) throws IOException, InterruptedException {
        HttpResponse<String> r =
                HTTP.send(
                        HttpRequest.newBuilder(
                                        URI.create(
                                                node
                                                        + "/"
                                                        + collection
                                                        + "/state?q=*:*&rows=10000&fl=id&wt=json"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        Set<String> out = new TreeSet<>();
        JSON.readTree(r.body())
                .path("response")
                .path("docs")
                .forEach(d -> out.add(d.path("id").asText()));
        return out;
    }

    static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
