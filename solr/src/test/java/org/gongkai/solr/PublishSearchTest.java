package org.gongkai.solr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.apache.solr.cloud.MiniSolrCloudCluster;
import org.apache.solr.embedded.JettySolrRunner;
import org.gongkai.cli.Main;
import org.gongkai.publish.SolrPush;
import org.gongkai.search.PublishManifest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * {@code gongkai publish-search} against the in-test SolrCloud, on a platform made by
 * shared/bench/make-platform (3 columns of 40 documents): the collection holds exactly what the
 * built platform publishes, after a push, a second push, edits, a withheld and a removed document,
 * a push cut off half-way, and a node stopped mid-push.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PublishSearchTest {

    static final String COLLECTION = "platform";
    static Path platform;
    static Path out;

    @BeforeAll
    static void buildPlatform() throws Exception {
        platform = Files.createTempDirectory("gongkai-platform-").resolve("platform");
        Sites.run(
                "python3",
                Sites.shared().resolve("bench/make-platform").toString(),
                "3",
                "40",
                platform.toString());
        Sites.nameSolr(platform.resolve("platform.yaml"));
        out = platform.resolveSibling("out");
        build();
        SolrCluster.createCollection(COLLECTION);
    }

    static void build() {
        assertEquals(
                Main.OK,
                Main.run(
                        "build",
                        "--content",
                        platform.toString(),
                        "--out",
                        out.toString(),
                        "--as-of",
                        Sites.AS_OF.toString(),
                        "--themes",
                        SolrCluster.repo().resolve("themes").toString(),
                        "-q"));
    }

    static int publish(String collection, String... more) throws Exception {
        List<String> args =
                new ArrayList<>(
                        List.of(
                                "publish-search",
                                "--site",
                                out.toString(),
                                "--solr",
                                String.join(
                                        ",",
                                        SolrCluster.nodes().stream().map(URI::toString).toList()),
                                "--collection",
                                collection));
        args.addAll(List.of(more));
        return Main.run(args.toArray(String[]::new));
    }

    /** column/id of every document the built platform publishes, from its columns' manifests. */
    static Set<String> published() throws IOException {
        Set<String> ids = new TreeSet<>();
        for (String column : List.of("county", "c001", "c002")) {
            PublishManifest.read(out.resolve(column))
                    .orElseThrow()
                    .forEach(e -> ids.add(column + "/" + e.id()));
        }
        return ids;
    }

    static Map<String, List<PublishManifest.Entry>> manifests() throws IOException {
        Map<String, List<PublishManifest.Entry>> m = new TreeMap<>();
        for (String column : List.of("county", "c001", "c002")) {
            m.put(column, PublishManifest.read(out.resolve(column)).orElseThrow());
        }
        return m;
    }

    /** column/id of every document in the collection, read on the private side. */
    static Set<String> collected(String collection) throws Exception {
        return SolrCluster.ids(SolrCluster.nodes().get(0), collection);
    }

    static SolrPush push(String collection, int batch, Consumer<String> progress) throws Exception {
        return new SolrPush(
                SolrCluster.nodes(), collection, batch, Duration.ofSeconds(90), progress);
    }

    @Test
    @Order(1)
    void theCollectionHoldsExactlyWhatThePlatformPublishesAndASecondPushSendsNothing()
            throws Exception {
        assertEquals(Main.OK, publish(COLLECTION));
        assertEquals(published(), collected(COLLECTION));
        SolrPush.Result again = push(COLLECTION, 500, line -> {}).push(manifests(), true, true);
        assertEquals(0, again.sent());
        assertEquals(0, again.deleted());
        assertEquals(published().size(), again.unchanged());
    }

    @Test
    @Order(2)
    void theColumnFilterKeepsOneColumnsDocuments() throws Exception {
        JsonNode all = SolrCluster.select(SolrCluster.nodes().get(0), COLLECTION, "镇", Map.of());
        JsonNode one =
                SolrCluster.select(
                        SolrCluster.nodes().get(0), COLLECTION, "镇", Map.of("column", "c001"));
        Set<String> columns = new TreeSet<>();
        all.path("response").path("docs").forEach(d -> columns.add(d.path("column").asText()));
        assertTrue(columns.size() > 1, columns.toString());
        assertTrue(one.path("response").path("numFound").asInt() > 0);
        one.path("response")
                .path("docs")
                .forEach(
                        d -> {
                            assertEquals("c001", d.path("column").asText());
                            assertTrue(d.path("url").asText().startsWith("c001/"), d.toString());
                        });
    }

    @Test
    @Order(3)
    void anEditedDocumentIsUpdatedAndAWithheldOrRemovedOneIsGoneWhenThePushReports()
            throws Exception {
        List<Path> notices;
        try (Stream<Path> s = Files.walk(platform.resolve("columns/c001/notices"))) {
            notices = s.filter(p -> p.toString().endsWith(".md")).sorted().toList();
        }
        Path edited = notices.get(0);
        Path withheld = notices.get(1);
        Path removed = notices.get(2);
        Files.writeString(edited, Files.readString(edited).replaceFirst("title: ", "title: 更正："));
        Files.writeString(
                withheld,
                Files.readString(withheld)
                        .replace(
                                "disclosure: 主动公开",
                                "disclosure: 不予公开\nwithheld_basis: 第十四条\nreview_by: 2027-01-01"));
        Files.delete(removed);
        String withheldId = "c001/" + withheld.getFileName().toString().replace(".md", "");
        String removedId = "c001/" + removed.getFileName().toString().replace(".md", "");
        build();
        assertFalse(
                published().contains(withheldId),
                "the build must not publish the withheld document");

        SolrPush.Result r = push(COLLECTION, 500, line -> {}).push(manifests(), true, true);
        assertEquals(1, r.sent());
        assertEquals(2, r.deleted());
        Set<String> in = collected(COLLECTION);
        assertEquals(published(), in);
        assertFalse(in.contains(withheldId));
        assertFalse(in.contains(removedId));
        JsonNode hit =
                SolrCluster.select(
                        SolrCluster.nodes().get(0), COLLECTION, "更正", Map.of("column", "c001"));
        assertEquals(1, hit.path("response").path("numFound").asInt());
    }

    @Test
    @Order(4)
    void aPushCutOffHalfWayResumesWithNothingLostOrTwice() throws Exception {
        String collection = "resume";
        SolrCluster.createCollection(collection);
        int[] batches = {0};
        assertThrows(
                IllegalStateException.class,
                () ->
                        push(
                                        collection,
                                        20,
                                        line -> {
                                            if (line.startsWith("已发送") && ++batches[0] == 2) {
                                                throw new IllegalStateException("killed");
                                            }
                                        })
                                .push(manifests(), true, true));
        SolrPush.Result r = push(collection, 20, line -> {}).push(manifests(), true, true);
        // the two batches Solr took before the cut are found (committed by the resuming push), not
        // sent again
        assertEquals(40, r.unchanged(), "the two batches sent before the cut");
        assertEquals(published().size() - 40, r.sent());
        assertEquals(published(), collected(collection));
    }

    @Test
    @Order(5)
    void aNodeStoppedMidPushAndMidQueriesLosesNothing() throws Exception {
        String collection = "failover";
        SolrCluster.createCollection(collection);
        MiniSolrCloudCluster cluster = SolrCluster.shared();
        List<URI> nodes = SolrCluster.nodes();
        JettySolrRunner first =
                cluster.getJettySolrRunners().stream()
                        .filter(j -> URI.create(j.getBaseUrl().toString()).equals(nodes.get(0)))
                        .findFirst()
                        .orElseThrow();
        int[] batches = {0};
        List<String> lines = new ArrayList<>();
        SolrPush.Result r =
                new SolrPush(
                                nodes,
                                collection,
                                20,
                                Duration.ofMinutes(2),
                                line -> {
                                    lines.add(line);
                                    if (line.startsWith("已发送") && ++batches[0] == 1) {
                                        try {
                                            cluster.stopJettySolrRunner(first);
                                        } catch (Exception e) {
                                            throw new IllegalStateException(e);
                                        }
                                    }
                                })
                        .push(manifests(), true, true);
        try {
            assertTrue(r.retries() > 0, "the push went on through the other node: " + lines);
            URI survivor = nodes.get(1);
            assertEquals(published().size(), SolrCluster.count(survivor, collection));
            assertEquals(published(), collected(collection));
            for (String q : List.of("镇", "通知", "安乐镇", "公告")) {
                JsonNode answer = SolrCluster.select(survivor, collection, q, Map.of());
                assertEquals(0, answer.path("responseHeader").path("status").asInt());
                assertFalse(
                        answer.path("responseHeader").path("partialResults").asBoolean(),
                        answer.toString());
            }
        } finally {
            cluster.startJettySolrRunner(first);
            cluster.waitForActiveCollection(collection, 2, 4);
        }
    }
}
