package org.gongkai.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.gongkai.testing.Repo;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * The sample content shows the columns issue 22 added: the 财政预决算 page with 三公经费 itemised and an
 * explained empty table, and the 依申请公开 page with its generated forms.
 */
class SampleCivicColumnsTest {

    private static Document page(String path) throws IOException {
        return Jsoup.parse(Repo.sampleSite().resolve(path).toFile(), "UTF-8");
    }

    @Test
    void theBudgetPageItemisesThreePublicExpensesAndExplainsAnEmptyTable() throws IOException {
        Document p = page("budgets/2025/yusuan-2025/index.html");
        Element three =
                p.select("table caption").stream()
                        .filter(c -> c.text().contains("三公"))
                        .findFirst()
                        .orElseThrow()
                        .parent();
        String rows = three.text();
        for (String item : List.of("因公出国（境）费", "公务用车购置及运行费", "公务接待费", "合计 11.0")) {
            assertTrue(rows.contains(item), rows);
        }
        assertTrue(p.select(".table-note").text().contains("本表为空表"), p.text());
        // each table's data is offered as the CSV beside the page
        for (Element a : p.select("p.more a[href$=.csv]")) {
            Path csv =
                    Repo.sampleSite()
                            .resolve("budgets/2025/yusuan-2025/index.html")
                            .resolveSibling(a.attr("href"))
                            .normalize();
            assertTrue(Files.isRegularFile(csv), a.attr("href"));
        }
        assertEquals(2, p.select("p.more a[href$=.csv]").size());
        assertTrue(p.selectFirst("table.meta").text().contains("批复日期 2025-01-16"));
    }

    @Test
    void theApplyPageOffersTheFormsWithTheSampleOffice() throws IOException {
        Document p = page("pages/apply/index.html");
        assertEquals(4, p.select(".apply-forms a[href$=.docx], .apply-forms a[href$=.pdf]").size());
        String text = p.selectFirst(".apply-forms").text();
        assertTrue(text.contains("邮政编码256300"), text);
        assertTrue(p.selectFirst(".apply-forms a[href^=mailto:xxgk@anle.gov.cn]") != null, text);
    }
}
