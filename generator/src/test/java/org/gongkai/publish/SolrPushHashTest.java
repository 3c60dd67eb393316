package org.gongkai.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.gongkai.content.Digest;
import org.gongkai.search.PublishManifest;
import org.junit.jupiter.api.Test;

/** What a push compares with the collection to skip an unchanged entry: the one fingerprint. */
class SolrPushHashTest {

    private static PublishManifest.Entry entry(String title, String validity) {
        return new PublishManifest.Entry(
                "xzf-2024-3",
                "policies/2024/xzf-2024-3.html",
                title,
                "临政发〔2024〕3号",
                "临政发 2024 3",
                "正文",
                "临河县人民政府",
                List.of(),
                List.of(),
                List.of(),
                "",
                "policy",
                "2024",
                validity,
                List.of(),
                1_700_000_000_000L,
                Map.of());
    }

    @Test
    void theEntrysFingerprintIsTheGeneratorsOneDigestOfColumnAndJson() {
        PublishManifest.Entry e = entry("关于印发管理办法的通知", "有效");
        MessageDigest md = Digest.start();
        md.update("county\n".getBytes(StandardCharsets.UTF_8));
        md.update(PublishManifest.json(e));
        assertEquals(HexFormat.of().formatHex(md.digest()), SolrPush.hash("county", e));
    }

    @Test
    void aChangedFieldOrColumnGivesAnotherFingerprintAndTheSameEntryTheSame() {
        PublishManifest.Entry e = entry("关于印发管理办法的通知", "有效");
        assertEquals(
                SolrPush.hash("county", e), SolrPush.hash("county", entry("关于印发管理办法的通知", "有效")));
        assertNotEquals(
                SolrPush.hash("county", e), SolrPush.hash("county", entry("关于印发管理办法的通知", "已废止")));
        assertNotEquals(SolrPush.hash("county", e), SolrPush.hash("county/", e));
    }
}
