package org.gongkai.search;

import com.sun.management.OperatingSystemMXBean;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.MultiDocValues;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.store.Directory;
import org.gongkai.content.ContentLoader;
import org.gongkai.publish.OutputTree;
import org.gongkai.publish.SearchFiles;
import org.gongkai.site.SiteModel;
import org.gongkai.site.SiteResolver;

/**
 * The build's search step alone, repeated over one loaded site model, for profiling and for timing
 * changes to the indexer or the export without rendering 10,000 pages each time (not a test:
 * no @Test).
 *
 * <pre>
 * java -XX:TieredStopAtLevel=1 -XX:+UseParallelGC -Xmx1g -cp generator/target/gongkai.jar:generator/target/test-classes \
 *     org.gongkai.search.SearchPhaseBench CONTENT_DIR OUT_DIR [ROUNDS]
 * </pre>
 *
 * Each round writes OUT_DIR/rN/search/…; the first round is as cold as a build's (the JIT has seen
 * no search code yet), the later ones show the steady state.
 */
public final class SearchPhaseBench {

    private SearchPhaseBench() {}

    /**
     * What the index holds, whatever its segments: stored fields, and per field (by name) terms,
     * postings, positions and norms.
     */
    static String digest(Directory index) throws IOException {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        try (var reader = DirectoryReader.open(index)) {
            var stored = reader.storedFields();
            for (int i = 0; i < reader.maxDoc(); i++) {
                sha.update(
                        (i
                                        + ":"
                                        + stored.document(i).getFields().stream()
                                                .map(f -> f.name() + "=" + f.stringValue())
                                                .toList())
                                .getBytes(StandardCharsets.UTF_8));
            }
            TreeSet<String> fields = new TreeSet<>();
            for (var leaf : reader.leaves()) {
                leaf.reader().getFieldInfos().forEach(f -> fields.add(f.name));
            }
            for (String field : fields) {
                var terms = MultiTerms.getTerms(reader, field);
                if (terms != null) {
                    var it = terms.iterator();
                    for (var t = it.next(); t != null; t = it.next()) {
                        StringBuilder sb =
                                new StringBuilder(field).append(':').append(t.utf8ToString());
                        var pe = it.postings(null, PostingsEnum.POSITIONS);
                        for (int d = pe.nextDoc();
                                d != DocIdSetIterator.NO_MORE_DOCS;
                                d = pe.nextDoc()) {
                            sb.append(' ').append(d).append('x').append(pe.freq());
                            if (terms.hasPositions()) {
                                for (int k = 0; k < pe.freq(); k++) {
                                    sb.append(',').append(pe.nextPosition());
                                }
                            }
                        }
                        sha.update(sb.toString().getBytes(StandardCharsets.UTF_8));
                    }
                }
                var norms = MultiDocValues.getNormValues(reader, field);
                if (norms != null) {
                    StringBuilder sb = new StringBuilder("norms " + field);
                    for (int d = norms.nextDoc();
                            d != DocIdSetIterator.NO_MORE_DOCS;
                            d = norms.nextDoc()) {
                        sb.append(' ').append(d).append('=').append(norms.longValue());
                    }
                    sha.update(sb.toString().getBytes(StandardCharsets.UTF_8));
                }
            }
        }
        return HexFormat.of().formatHex(sha.digest()).substring(0, 16);
    }

    public static void main(String[] args) throws Exception {
        Path content = Path.of(args[0]);
        Path out = Path.of(args[1]);
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        // loaded and resolved, not checked: the search step needs the model, not the findings
        SiteModel model =
                SiteResolver.resolve(
                                new ContentLoader().load(content, new ConcurrentHashMap<>()),
                                LocalDate.of(2026, 11, 28))
                        .model();
        System.out.println("model: " + model.published().size() + " published documents");
        for (int r = 0; r < rounds; r++) {
            Path dir = out.resolve("r" + r);
            Files.createDirectories(dir);
            OutputTree tree = new OutputTree(dir);
            System.gc();
            var os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
            long c0 = os.getProcessCpuTime();
            long t0 = System.nanoTime();
            Directory index = SearchIndexer.write(model, tree);
            long t1 = System.nanoTime();
            long c1 = os.getProcessCpuTime();
            StaticIndex.Export export = StaticIndex.write(index, model, SearchFiles.fresh(tree));
            long t2 = System.nanoTime();
            long c2 = os.getProcessCpuTime();
            String digest = r == 0 ? " index " + digest(index) : "";
            try (var reader = DirectoryReader.open(index)) {
                digest += " segments " + reader.leaves().size();
            }
            index.close();
            Runtime rt = Runtime.getRuntime();
            System.out.printf(
                    "round %d: lucene %d ms (%d CPU), export %d ms (%d CPU), total %d ms (%d terms, %d shards, %d KB; heap used %d MB) %s%s%n",
                    r,
                    (t1 - t0) / 1_000_000,
                    (c1 - c0) / 1_000_000,
                    (t2 - t1) / 1_000_000,
                    (c2 - c1) / 1_000_000,
                    (t2 - t0) / 1_000_000,
                    export.terms(),
                    export.shards(),
                    export.bytes() / 1024,
                    (rt.totalMemory() - rt.freeMemory()) >> 20,
                    export.folder(),
                    digest);
        }
    }
}
