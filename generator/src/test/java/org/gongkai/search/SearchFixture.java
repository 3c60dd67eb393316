package org.gongkai.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.gongkai.build.BuildConfig;
import org.gongkai.build.BuildResult;
import org.gongkai.build.SiteBuilder;
import org.gongkai.testing.Repo;

/** A small column written inline: five public documents, one withheld and one on request. */
final class SearchFixture {

    /** Words only the withheld and on-request documents contain. */
    static final String SECRET = "蓝鲸计划";

    static final String SECRET_2 = "翡翠湖";

    private SearchFixture() {}

    static Path build() {
        return build("");
    }

    /** As {@link #build()}, with {@code siteYaml} added to site.yaml. */
    static Path build(String siteYaml) {
        try {
            Path root = Files.createTempDirectory("gongkai-search-");
            Path c = root.resolve("content");
            write(
                    c,
                    "site.yaml",
                    """
                    name: 安乐镇人民政府
                    column: 政府信息公开专栏
                    org_code: 11371723004235384N
                    base_url: https://example.gov.cn/
                    site_code: '3717230012'
                    icp: 鲁ICP备05021836号-1
                    psb: 鲁公网安备 37172302000163号
                    """
                            + siteYaml);
            write(
                    c,
                    "taxonomies.yaml",
                    """
                    topics: [综合政务, 民政、扶贫、救灾, 农业、林业、水利]
                    themes: [社会救助]
                    """);
            write(
                    c,
                    "synonyms.txt",
                    """
                    # 同义词
                    低保,最低生活保障
                    耕地地力保护补贴,种粮补贴
                    """);
            write(
                    c,
                    "policies/2022/anzhengfa-2022-32.md",
                    """
                    ---
                    title: 安乐镇人民政府关于印发2022年政务公开工作要点的通知
                    doc_number: 安政发〔2022〕32号
                    issuer: 安乐镇人民政府
                    written: 2022-03-01
                    published: 2022-03-02
                    disclosure: 主动公开
                    normative: false
                    topics: [综合政务]
                    ---
                    各行政村：现将《2022年政务公开工作要点》印发给你们，请认真贯彻落实。
                    """);
            write(
                    c,
                    "policies/2023/anzhengfa-2023-5.md",
                    """
                    ---
                    title: 安乐镇最低生活保障审核确认办法
                    doc_number: 安政发〔2023〕5号
                    issuer: 安乐镇人民政府
                    written: 2023-05-01
                    published: 2023-05-02
                    disclosure: 主动公开
                    normative: false
                    topics: [民政、扶贫、救灾]
                    themes: [社会救助]
                    ---
                    为规范最低生活保障审核确认工作，制定本办法。申请人向村民委员会提出申请。
                    """);
            write(
                    c,
                    "notices/2024/dibao-2024.md",
                    """
                    ---
                    title: 东关村2024年城乡低保金发放结果公示
                    published: 2024-06-01
                    topics: [民政、扶贫、救灾]
                    ---
                    东关村2024年第二季度城乡低保金已发放到户，现予公示。
                    """);
            write(
                    c,
                    "notices/2024/gengdi-2024.md",
                    """
                    ---
                    title: 关于发放2024年耕地地力保护补贴的通知
                    published: 2024-04-01
                    topics: [农业、林业、水利]
                    ---
                    2024年耕地地力保护补贴通过一卡通发放。补贴面积以二轮承包面积为准；种植大户另行核定，低保户优先核对。
                    """);
            write(
                    c,
                    "notices/2025/gongzuo-2025.md",
                    """
                    ---
                    title: 安乐镇2025年工作动态
                    published: 2025-01-10
                    topics: [综合政务]
                    ---
                    镇政府召开会议，部署耕地保护、地力提升和补贴核查工作。
                    """);
            write(
                    c,
                    "notices/2025/secret-2025.md",
                    """
                    ---
                    title: 关于%s的内部通知
                    published: 2025-02-01
                    disclosure: 不予公开
                    withheld_basis: 第十四条
                    review_by: 2027-01-01
                    ---
                    %s涉及国家秘密，不予公开。
                    """
                            .formatted(SECRET, SECRET));
            write(
                    c,
                    "notices/2025/request-2025.md",
                    """
                    ---
                    title: 关于%s治理的工作方案
                    published: 2025-03-01
                    disclosure: 依申请公开
                    review_by: 2027-01-01
                    ---
                    %s治理方案，依申请公开。
                    """
                            .formatted(SECRET_2, SECRET_2));
            Path out = root.resolve("site");
            BuildResult r =
                    SiteBuilder.build(
                            BuildConfig.of(c, out, Repo.AS_OF)
                                    .withThemes(Repo.root().resolve("themes")));
            if (!r.written()) {
                throw new IllegalStateException("fixture build failed: " + r.findings());
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Path root, String path, String text) throws IOException {
        Path f = root.resolve(path);
        Files.createDirectories(f.getParent());
        Files.writeString(f, text);
    }
}
