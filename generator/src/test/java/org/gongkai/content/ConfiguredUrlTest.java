package org.gongkai.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.gongkai.content.ConfiguredUrl.Use;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The one rule for configured addresses, and what each use adds to it (base, link, search
 * endpoint).
 */
class ConfiguredUrlTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "javascript:alert(1)",
                "//evil.example/x",
                "https://x//evil.example/",
                "https://a:b@x.cn/",
                "https://x.cn/a b",
                "https://x.cn/\u0001",
                "https://x.cn/\"><script>",
                "https://x.cn/'",
                "https:///x",
                "https://x.cn:99999/",
                "data:text/html,x",
                "x.cn/xxgk/",
                "https://x.cn\\evil"
            })
    void noUseTakesAnAddressOutsideTheRule(String url) {
        for (Use use : Use.values()) {
            assertTrue(ConfiguredUrl.problem(url, use).isPresent(), use + " took " + url);
        }
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "https://www.anle.gov.cn/xxgk/                      | BASE     | ",
                "http://www.anle.gov.cn/xxgk/                       | BASE     | ",
                "https://www.anle.gov.cn/xxgk/?a=1                  | BASE     | 带有“?”或“#”之后的部分，栏目地址不能带参数",
                "https://bszs.conac.cn/sitename?method=show&id=1A2B | LINK     | ",
                "https://www.linhe.gov.cn/?a=1&b=2                  | LINK     | ",
                "/xxgk/search                                       | LINK     | 不是完整的网址（应以 https:// 开头）",
                "/xxgk/search                                       | ENDPOINT | ",
                "https://search.anle.gov.cn/api?q=                  | ENDPOINT | ",
                "http://search.anle.gov.cn/                         | ENDPOINT | 以 http:// 开头，居民的搜索词会明文传输；请写 https:// 地址或本站的路径",
                "search                                             | ENDPOINT | 不是完整的网址（应以 https:// 开头）",
            })
    void eachUseAddsItsOwnLimit(String url, Use use, String problem) {
        assertEquals(Optional.ofNullable(problem), ConfiguredUrl.problem(url, use), url);
    }
}
