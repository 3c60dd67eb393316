package org.gongkai.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.gongkai.build.BuildConfig;
import org.gongkai.build.BuildResult;
import org.gongkai.build.CheckResult;
import org.gongkai.build.SiteBuilder;
import org.gongkai.content.Content;
import org.gongkai.content.ContentLoader;

/**
 * A small content tree written inline by a test: a valid site.yaml and taxonomies.yaml to start
 * with, then whatever files the test adds.
 */
public final class ContentTree {

    public static final String ORG_CODE = "11371723004235384N";

    public static final String SITE_YAML =
            """
            name: 安乐镇人民政府
            column: 政府信息公开专栏
            org_code: 11371723004235384N
            base_url: https://www.anle.gov.cn/xxgk/
            site_code: '3717230001'
            icp: 鲁ICP备12345678号-1
            psb: 鲁公网安备 37172302000123号
            contact: {address: 安乐镇人民政府党政办公室, phone: 0530-1234567, email: xxgk@anle.gov.cn}
            """;

    /** site.yaml lines that keep every 公示's names on line, for tests whose subject is the table. */
    public static final String NAMES_ON_LINE = "publicity:\n  names_offline_after: 9999\n";

    public static final String TAXONOMIES_YAML =
            """
            topics:
              综合政务: [政务公开, 应急管理]
              民政、扶贫、救灾: [社会救助]
              农业、林业、水利: []
            themes: [社会救助, 养老, 疫情防控]
            """;

    private final Path root;

    private ContentTree(Path root) {
        this.root = root;
    }

    public static ContentTree create() {
        try {
            Path dir = Files.createTempDirectory("gongkai-test-");
            ContentTree t = new ContentTree(dir.resolve("content"));
            t.file("site.yaml", SITE_YAML).file("taxonomies.yaml", TAXONOMIES_YAML);
            return t;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public ContentTree file(String path, String text) {
        return bytes(path, text.getBytes(StandardCharsets.UTF_8));
    }

    public ContentTree bytes(String path, byte[] data) {
        try {
            Path p = root.resolve(path);
            Files.createDirectories(p.getParent());
            Files.write(p, data);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A normal, valid policy with the given id, year and extra front-matter lines. */
    public ContentTree policy(String id, String date, String extra, String body) {
        return file(
                "policies/" + date.substring(0, 4) + "/" + id + ".md",
                """
                ---
                title: 关于%s的通知
                issuer: 安乐镇人民政府
                written: %s
                published: %s
                disclosure: 主动公开
                index_no: 11371723004235384N/%s-%05d
                topics: [综合政务/政务公开]
                %s
                ---

                %s
                """
                        .formatted(
                                id,
                                date,
                                date,
                                date.substring(0, 4),
                                Math.abs(id.hashCode() % 90000) + 1,
                                extra,
                                body));
    }

    /** A policy withheld (不予公开) under 第十六条第二款, with its 文号; nothing of it may reach site/. */
    public ContentTree withheldPolicy(String id, String date, String docNumber, String body) {
        policy(
                id,
                date,
                "disclosure: 不予公开\nwithheld_basis: 第十六条第二款\nreview_by: 2027-12-31\n"
                        + "normative: false\ndoc_number: "
                        + docNumber,
                body);
        String path = "policies/" + date.substring(0, 4) + "/" + id + ".md";
        try {
            // policy() writes 主动公开 first: one attribute only
            return file(
                    path, Files.readString(root.resolve(path)).replace("disclosure: 主动公开\n", ""));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Path root() {
        return root;
    }

    public Path siteFolder() {
        return root.resolveSibling("site");
    }

    public Content load() {
        try {
            return new ContentLoader().load(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public CheckResult check() {
        try {
            return SiteBuilder.check(BuildConfig.of(root, siteFolder(), Repo.AS_OF));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public BuildResult build() {
        return build(siteFolder(), Repo.AS_OF);
    }

    public BuildResult build(Path out, LocalDate asOf) {
        try {
            return SiteBuilder.build(BuildConfig.of(root, out, asOf));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The org_code {@code siteYaml} states (the prefix of its site's 索引号), as written. */
    public static String orgCode(Path siteYaml) throws IOException {
        return Files.readAllLines(siteYaml).stream()
                .filter(l -> l.startsWith("org_code"))
                .findFirst()
                .orElseThrow()
                .split(":")[1]
                .strip();
    }
}
