package org.gongkai.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import org.gongkai.build.BuildConfig;
import org.gongkai.build.SiteBuilder;
import org.gongkai.content.Finding;
import org.gongkai.testing.Repo;
import org.gongkai.testing.SmallSite;
import org.junit.jupiter.api.Test;

/**
 * The site.yaml messages written by one method for several keys (the two 备案号, the two date lists)
 * keep each key's own wording, letter for letter, at the key's line.
 */
class SiteSettingsMessagesTest {

    @Test
    void eachRecordNumberAndDateListIsNamedInItsOwnWords() throws IOException {
        SmallSite s = SmallSite.create();
        // SmallSite's site.yaml without icp, with a bare psb number and two date lists
        String yaml = Files.readString(s.content().resolve("site.yaml"));
        s.write(
                "site.yaml",
                yaml.replace("icp: 鲁ICP备05021836号-1\n", "")
                        .replace(
                                "psb: 鲁公网安备 37172302000163号\n",
                                "psb: 37172302000163\n"
                                        + "holidays: [2026-10-01, 十月二日]\n"
                                        + "workdays: [2026-13-01]\n"));
        List<String> found =
                SiteBuilder.check(BuildConfig.of(s.content(), s.site(), Repo.AS_OF))
                        .findings()
                        .stream()
                        .filter(
                                f ->
                                        f.ruleId().equals("date-invalid")
                                                || f.message().contains("备案号"))
                        .filter(f -> f.where().file().equals("site.yaml"))
                        .map(SiteSettingsMessagesTest::shown)
                        .sorted()
                        .toList();
        assertEquals(
                List.of(
                        "1 error site.yaml 缺少 ICP备案号：请加一行 icp: 鲁ICP备05021836号-1",
                        "6 warning 公安机关备案号“37172302000163”格式不常见，应形如 鲁公网安备 37172302000163号",
                        "7 error 节假日“十月二日”不是日期，请写成 YYYY-MM-DD",
                        "8 error 调休上班日“2026-13-01”不是日期，请写成 YYYY-MM-DD"),
                found);
    }

    private static String shown(Finding f) {
        return f.where().line() + " " + (f.isError() ? "error" : "warning") + " " + f.message();
    }
}
