package org.gongkai.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.gongkai.testing.ContentTree;
import org.junit.jupiter.api.Test;

/** site.yaml's {@code apply:}: the office printed on the application forms. */
class ApplyOfficeTest {

    private static Content load(String apply) {
        return ContentTree.create().file("site.yaml", ContentTree.SITE_YAML + apply).load();
    }

    @Test
    void entriesNotWrittenUnderApplyAreTheContactOnes() {
        ApplyOffice o =
                load("apply:\n  office: 党政办公室\n  postcode: '256300'\n").site().applyOffice();
        assertEquals(
                new ApplyOffice(
                        "党政办公室",
                        "安乐镇人民政府党政办公室",
                        "256300",
                        "0530-1234567",
                        "",
                        "xxgk@anle.gov.cn",
                        ""),
                o);
    }

    @Test
    void withoutApplyTheOfficeIsTheSiteItself() {
        ApplyOffice o = load("").site().applyOffice();
        assertEquals("安乐镇人民政府", o.office());
        assertEquals("安乐镇人民政府党政办公室", o.address());
    }

    @Test
    void aPostcodeThatIsNotSixDigitsIsAnErrorAtItsKey() {
        Content c = load("apply:\n  postcode: 25630\n");
        List<Finding> f =
                c.findings().stream().filter(x -> x.ruleId().equals("site-config")).toList();
        assertEquals(1, f.size(), c.findings()::toString);
        assertEquals("site.yaml", f.get(0).where().file());
        assertEquals(10, f.get(0).where().line());
        assertTrue(f.get(0).message().contains("6位数字"), f.get(0).message());
    }

    @Test
    void anEmailThatIsNotOneAddressIsAnErrorAtItsKey() {
        Content c = load("apply:\n  email: 'xxgk@anle.gov.cn?bcc=other@example.com'\n");
        List<Finding> f =
                c.findings().stream().filter(x -> x.ruleId().equals("site-config")).toList();
        assertEquals(1, f.size(), c.findings()::toString);
        assertEquals(10, f.get(0).where().line());
        assertTrue(f.get(0).message().contains("电子邮箱"), f.get(0).message());
        assertTrue(
                load("apply:\n  email: xxgk@anle.gov.cn\n").findings().stream()
                        .noneMatch(x -> x.ruleId().equals("site-config")));
    }

    @Test
    void anUnknownEntryIsAWarning() {
        Content c = load("apply:\n  adress: 人民路88号\n");
        assertTrue(
                c.findings().stream()
                        .anyMatch(
                                x ->
                                        x.ruleId().equals("unknown-key")
                                                && x.message().contains("adress")),
                c.findings()::toString);
    }

    @Test
    void everyFormFileNameIsReservedSoNoAttachmentOverwritesIt() {
        for (ApplicationForm form : ApplicationForm.values()) {
            for (String format : ApplicationForm.FORMATS) {
                assertTrue(OutputName.RESERVED.contains(form.fileName(format)), form + format);
            }
        }
    }
}
