package org.gongkai.platform;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gongkai.content.Digest;
import org.gongkai.content.Finding;
import org.gongkai.publish.AtomicSite;
import org.gongkai.publish.BuildRecord;
import org.gongkai.render.GeneratorIdentity;

/**
 * The CI fan-out's two ends: a part build ({@code build --columns}) keeps its columns' facts as
 * JSON beside their sites, labelled with the platform, date and generator it was built from; {@link
 * #assemble} checks the labels, links the columns' trees together and renders the platform's pages
 * from the facts, as a whole build does from the same JSON.
 */
final class PlatformParts {

    /** Where a part keeps its columns' facts; never copied into the platform's output. */
    static final String PART_FOLDER = ".gongkai-part";

    static final String PART_INFO = "part.json";
    static final ObjectMapper JSON = new ObjectMapper();

    /**
     * A part's label: which platform, as of which date, built by which generator, holding which
     * columns.
     */
    record PartInfo(String platform, List<String> columns) {}

    private PlatformParts() {}

    /** A part's facts and label, into {@code staging}'s {@value #PART_FOLDER}. */
    static void write(
            Path staging, String label, List<PlatformColumn> columns, List<ColumnFacts> facts)
            throws IOException {
        Path folder = staging.resolve(PART_FOLDER);
        Files.createDirectories(folder);
        for (ColumnFacts f : facts) {
            JSON.writeValue(folder.resolve(f.id() + ".json").toFile(), f);
        }
        JSON.writeValue(
                folder.resolve(PART_INFO).toFile(),
                new PartInfo(label, columns.stream().map(PlatformColumn::id).toList()));
    }

    /**
     * Puts part builds together into {@code out}: every column of the platform from exactly one
     * part, all parts built from this platform.yaml as of one date by this generator, then the
     * platform's pages.
     */
    static PlatformResult assemble(PlatformConfig config, List<Path> parts) throws IOException {
        long t0 = System.nanoTime();
        PlatformLoader.Loaded loaded = PlatformLoader.load(config.platform());
        if (loaded.hasErrors()) {
            return new PlatformResult(
                    false, loaded.findings(), 0, 0, 0, PlatformBuilder.elapsed(t0));
        }
        Platform platform = loaded.platform().orElseThrow();
        String label = label(platform, config);
        List<Finding> findings = new ArrayList<>(loaded.findings());
        Map<String, Path> from = new LinkedHashMap<>();
        for (Path part : parts) {
            Path info = part.resolve(PART_FOLDER).resolve(PART_INFO);
            if (!Files.isRegularFile(info)) {
                throw new IOException(
                        part
                                + " 不是 gongkai build --columns 生成的部分（缺少 "
                                + PART_FOLDER
                                + "/"
                                + PART_INFO
                                + "）");
            }
            PartInfo p = JSON.readValue(info.toFile(), PartInfo.class);
            if (!p.platform().equals(label)) {
                throw new IOException(part + " 不是用这份 platform.yaml、同一日期（--as-of）和同一版本的生成器构建的，不能拼合");
            }
            for (String id : p.columns()) {
                if (platform.column(id).isEmpty()) {
                    throw new IOException(part + " 中的栏目“" + id + "”不在 platform.yaml 中");
                }
                Path other = from.putIfAbsent(id, part);
                if (other != null) {
                    throw new IOException("栏目“" + id + "”同时在 " + other + " 和 " + part + " 中");
                }
            }
        }
        for (PlatformColumn c : platform.columns()) {
            if (!from.containsKey(c.id())) {
                throw new IOException("栏目“" + c.id() + "”不在任何部分中：请用 build --columns 构建它");
            }
        }
        AtomicSite site = AtomicSite.begin(config.out());
        boolean committed = false;
        try {
            List<ColumnFacts> facts = new ArrayList<>();
            int documents = 0;
            for (PlatformColumn c : platform.columns()) {
                Path part = from.get(c.id());
                ColumnFacts f =
                        JSON.readValue(
                                part.resolve(PART_FOLDER).resolve(c.id() + ".json").toFile(),
                                ColumnFacts.class);
                // hard links where parts and output share a file system (CI downloads the parts
                // beside it)
                ColumnCache.linkTree(part.resolve(c.id()), site.staging().resolve(c.id()));
                facts.add(f);
                documents += f.summary().documents();
            }
            findings.addAll(PlatformRules.check(facts));
            findings.addAll(CrossColumnLinks.check(facts));
            findings.sort(Finding.ORDER);
            if (findings.stream().anyMatch(Finding::isError)) {
                return new PlatformResult(
                        false, findings, facts.size(), documents, 0, PlatformBuilder.elapsed(t0));
            }
            CrossColumnLinks.patch(site.staging(), facts);
            int pages = PlatformOutput.write(config, platform, facts, site.staging()).pages();
            BuildRecord.delete(config.out());
            ColumnCache.clear(config.out()); // what an incremental build kept describes no part
            site.commit();
            committed = true;
            return new PlatformResult(
                    true, findings, facts.size(), documents, pages, PlatformBuilder.elapsed(t0));
        } finally {
            if (!committed) {
                site.abandon();
            }
        }
    }

    /**
     * platform.yaml's bytes, the date and the generator: parts that differ in any cannot be put
     * together.
     */
    static String label(Platform platform, PlatformConfig config) throws IOException {
        MessageDigest md = Digest.start();
        md.update(Files.readAllBytes(platform.folder().resolve(Platform.FILE)));
        md.update(
                ("\n" + config.asOf() + "\n" + GeneratorIdentity.current())
                        .getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(md.digest());
    }
}
