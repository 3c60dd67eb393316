package org.gongkai.check;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.gongkai.content.Details;
import org.gongkai.content.Document;
import org.gongkai.content.Finding;

/**
 * 条例 第二十六条: proactive information is published within 20 working days of being formed. Weekends and
 * the holidays listed in site.yaml do not count.
 */
public final class PublicationLate extends DetailsRule<Details.Policy> {

    static final int LIMIT = 20;

    public PublicationLate() {
        super(
                "publication-late",
                "主动公开的文件应自成文之日起 20 个工作日内发布（条例第二十六条；节假日按 site.yaml 的 holidays 扣除）",
                Details.Policy.class);
    }

    @Override
    void check(Document d, Details.Policy p, Setting setting, List<Finding> out) {
        Optional<LocalDate> written = p.written();
        if (written.isEmpty()
                || d.published().isEmpty()
                || !d.isPublic()
                || d.published().get().isBefore(written.get())) {
            return;
        }
        long taken = setting.site().workingDays().between(written.get(), d.published().get());
        if (taken > LIMIT) {
            out.add(
                    warning(
                            d.at("published"),
                            "成文 "
                                    + written.get()
                                    + "，发布 "
                                    + d.published().get()
                                    + "，间隔 "
                                    + taken
                                    + " 个工作日，超过条例第二十六条规定的 "
                                    + LIMIT
                                    + " 个工作日"));
        }
    }
}
