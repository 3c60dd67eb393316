package org.gongkai.check;

import java.util.List;
import org.gongkai.content.Details;
import org.gongkai.content.Document;
import org.gongkai.content.Finding;
import org.gongkai.content.ReportFigures;

/**
 * The report's figures must be readable before they can balance: right keys, 7 or 15 whole numbers.
 */
public final class ReportFiguresMalformed extends DetailsRule<Details.Report> {

    public ReportFiguresMalformed() {
        super(ReportFigures.RULE, "年度报告 front matter 中的申请、复议诉讼和收费数据格式必须正确", Details.Report.class);
    }

    @Override
    void check(Document d, Details.Report report, Setting setting, List<Finding> out) {
        out.addAll(report.problems());
    }
}
