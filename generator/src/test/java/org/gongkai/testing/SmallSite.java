package org.gongkai.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A small content tree written inline: site.yaml, taxonomies.yaml, a notice, a policy and the guide
 * page.
 */
public final class SmallSite {

    private final Path root;

    private SmallSite(Path root) {
        this.root = root;
    }

    /** A fresh repository folder holding content/ (and later themes/ and site/). */
    public static SmallSite create() {
        try {
            SmallSite s = new SmallSite(Files.createTempDirectory("gongkai-small-"));
            s.write(
                    "site.yaml",
                    """
                    name: 安乐镇人民政府
                    column: 政府信息公开专栏
                    org_code: 11371723004235384N
                    base_url: https://www.anle.gov.cn/xxgk/
                    site_code: '3717230012'
                    icp: 鲁ICP备05021836号-1
                    psb: 鲁公网安备 37172302000163号
                    contact:
                      address: 安乐镇人民路88号
                      phone: 0530-8123456
                    """);
            s.write(
                    "taxonomies.yaml",
                    """
                    topics:
                      综合政务:
                        - 政务公开
                        - 应急管理
                      农业、林业、水利:
                        - 林业
                    themes:
                      - 森林防火
                    """);
            s.write(
                    "notices/2026/tzgg-2026-01.md",
                    """
                    ---
                    title: 安乐镇关于森林防火期野外用火管控的通告
                    published: 2026-10-28
                    issuer: 安乐镇人民政府
                    disclosure: 主动公开
                    index_no: 11371723004235384N/2026-00016
                    topics: [农业、林业、水利/林业, 综合政务/应急管理]
                    themes: [森林防火]
                    summary: 防火期内严禁一切野外用火。
                    ---

                    防火期内，严禁烧荒、烧秸秆等一切野外用火行为。详见[信息公开指南](../../pages/guide.md)。
                    """);
            s.write(
                    "notices/2025/tzgg-2025-03.md",
                    """
                    ---
                    title: 安乐镇关于冬季供暖安排的通知
                    published: 2025-11-02
                    issuer: 安乐镇人民政府
                    disclosure: 主动公开
                    index_no: 11371723004235384N/2025-00031
                    topics: [综合政务/政务公开]
                    summary: 冬季供暖从11月15日开始。
                    ---

                    冬季供暖从11月15日开始，至次年3月15日结束。
                    """);
            s.write(
                    "pages/guide.md",
                    """
                    ---
                    title: 安乐镇人民政府政府信息公开指南
                    published: 2026-01-16
                    issuer: 安乐镇人民政府
                    disclosure: 主动公开
                    index_no: 11371723004235384N/2026-00002
                    topics: [综合政务/政务公开]
                    summary: 介绍政府信息的获取方式和联系方式。
                    ---

                    需要获得政府信息的公民、法人或者其他组织，可以阅读本指南。
                    """);
            return s;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Path root() {
        return root;
    }

    public Path content() {
        return root.resolve("content");
    }

    public Path site() {
        return root.resolve("site");
    }

    /** Writes a file under content/. */
    public Path write(String relative, String text) {
        return writeAt(content().resolve(relative), text);
    }

    /**
     * Writes a file under themes/default/ beside content/, overriding the built-in theme's file.
     */
    public Path theme(String relative, String text) {
        return writeAt(root.resolve("themes/default").resolve(relative), text);
    }

    private static Path writeAt(Path p, String text) {
        try {
            Files.createDirectories(p.getParent());
            return Files.writeString(p, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
