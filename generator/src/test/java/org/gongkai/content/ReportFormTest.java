package org.gongkai.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Table 三 of the annual report (国办公开办函〔2021〕30号), read from the form's layout. */
class ReportFormTest {

    @Test
    void theGroupsAndTheirRowsStandInTheNationalFormsOrder() {
        assertEquals(
                List.of("withheld", "unable", "not_processed", "other"),
                ReportForm.OUTCOMES.stream().map(ReportForm.Group::key).toList());
        assertEquals(
                List.of(8, 3, 5, 3),
                ReportForm.OUTCOMES.stream().map(g -> g.rows().size()).toList());
        ReportForm.Group withheld = ReportForm.OUTCOMES.get(0);
        assertEquals("（三）不予公开", withheld.label());
        assertEquals("不予公开", withheld.brief());
        assertEquals(new ReportForm.Row("state_secret", "1．属于国家秘密", ""), withheld.rows().get(0));
        assertEquals(
                new ReportForm.Row("security_stability", "3．危及“三安全一稳定”", ""),
                withheld.rows().get(2));
        ReportForm.Group other = ReportForm.OUTCOMES.get(3);
        assertEquals("（六）其他处理", other.label());
        assertEquals(
                new ReportForm.Row("fee_unpaid", "2．申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", ""),
                other.rows().get(1));
        assertEquals(new ReportForm.Row("other", "3．其他", ""), other.rows().get(2));
    }

    @Test
    void everyGroupNumbersItsRowsFromOneAndNamesEachRowOnce() {
        for (ReportForm.Group g : ReportForm.OUTCOMES) {
            Set<String> keys = new HashSet<>();
            for (int i = 0; i < g.rows().size(); i++) {
                ReportForm.Row r = g.rows().get(i);
                assertEquals((i + 1) + "．", r.label().substring(0, r.label().indexOf('．') + 1));
                assertEquals(true, keys.add(r.key()), g.key() + " names " + r.key() + " twice");
                assertEquals("", r.brief());
            }
        }
    }
}
