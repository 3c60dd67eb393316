package org.gongkai.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import org.gongkai.testing.ContentTree;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A site.yaml an untrusted editor wrote: every bad value is a finding at its line and exit 1, never
 * exit 2 with a Java message (such as "Illegal character in path" for a space in base_url) and
 * never a site.
 */
class HostileSiteYamlTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            base_url: "https://www.anle.gov.cn/xx gk/"          | site.yaml:4:1: error [site-url] base_url“https://www.anle.gov.cn/xx gk/”第 27 个字符是空格
            base_url: "javascript:alert(1)//"                  | site.yaml:4:1: error [site-url] base_url“javascript:alert(1)//”以“javascript:”开头
            base_url: "https://evil.example//evil.example/"    | site.yaml:4:1: error [site-url] base_url“https://evil.example//evil.example/”的路径以 // 开头
            base_url: "https://admin:pw@www.anle.gov.cn/xxgk/" | site.yaml:4:1: error [site-url] base_url“https://admin:pw@www.anle.gov.cn/xxgk/”含有用户名或密码
            base_url: "https://www.anle.gov.cn/\\x01xxgk/"     | site.yaml:4:1: error [site-url] base_url“https://www.anle.gov.cn/\\u0001xxgk/”第 25 个字符是看不见的控制字符
            base_url: "//www.anle.gov.cn/xxgk/"                | site.yaml:4:1: error [site-url] base_url“//www.anle.gov.cn/xxgk/”不是完整的网址
            base_url: "https://www.anle.gov.cn/xxgk/?a=1"      | site.yaml:4:1: error [site-url] base_url“https://www.anle.gov.cn/xxgk/?a=1”带有“?”或“#”之后的部分
            base_url: "https://www.anle.gov.cn/<xxgk>/"        | site.yaml:4:1: error [site-url] base_url“https://www.anle.gov.cn/<xxgk>/”第 25 个字符“<”不能出现在网址中
            base_url: "https:///xxgk/"                         | site.yaml:4:1: error [site-url] base_url“https:///xxgk/”缺少网站域名
            base_url: "https://www.anle.gov.cn:99999/xxgk/"   | site.yaml:4:1: error [site-url] base_url“https://www.anle.gov.cn:99999/xxgk/”的端口号 99999 无效
            base_url: [https://www.anle.gov.cn/]               | site.yaml:4:1: error [front-matter-type]
            conac: {link: "javascript:alert(1)"}               | site.yaml:9:1: error [site-url] conac 的 link“javascript:alert(1)”以“javascript:”开头
            theme: ../../../etc                                | site.yaml:9:1: error [theme-name] 主题“../../../etc”
            theme: "a\\0b"                                     | site.yaml:9:1: error [theme-name] 主题
            """)
    void badSiteYamlValueIsAFindingAtItsLineAndExitOne(String line, String expected)
            throws Exception {
        String key = line.substring(0, line.indexOf(':'));
        String yaml =
                ContentTree.SITE_YAML
                        .lines()
                        .map(l -> l.startsWith(key + ":") ? line : l)
                        .reduce("", (a, b) -> a + b + "\n");
        if (!yaml.contains(line)) {
            yaml += line + "\n";
        }
        ContentTree t =
                ContentTree.create()
                        .file("site.yaml", yaml)
                        .policy("good", "2024-01-02", "", "正文。");
        CliTest.Run r =
                CliTest.run(
                        "build",
                        "--content",
                        t.root().toString(),
                        "--out",
                        t.siteFolder().toString(),
                        "--as-of",
                        "2026-11-28");
        assertEquals(1, r.code(), r.out() + r.err());
        assertTrue(r.out().contains(expected), r.out() + r.err());
        assertFalse(Files.exists(t.siteFolder().resolve("feed.xml")), "nothing published");
    }
}
