package org.gongkai.check;

import java.util.List;
import org.gongkai.content.Finding;
import org.gongkai.content.ReportFigures;
import org.gongkai.content.ReviewFigures;

/** Section 四: in each of the three groups, 总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结. */
public final class ReportReviewsBalance extends ReportTableRule<ReviewFigures> {

    public ReportReviewsBalance() {
        super("report-reviews-balance", "年度报告第四部分：行政复议、行政诉讼每组的总计必须等于前四项之和", ReportFigures::reviews);
    }

    @Override
    void check(ReviewFigures r, List<Finding> out) {
        for (int g = 0; g < ReviewFigures.GROUPS.size(); g++) {
            List<Long> five = r.group(g);
            long sum = five.get(0) + five.get(1) + five.get(2) + five.get(3);
            if (sum != five.get(4)) {
                int totalPosition = g * ReviewFigures.OUTCOMES.size() + 5;
                out.add(
                        error(
                                r.where(),
                                "reviews 中“"
                                        + ReviewFigures.GROUPS.get(g)
                                        + "”的总计（第 "
                                        + totalPosition
                                        + " 个数）写的是 "
                                        + five.get(4)
                                        + "，但结果维持、结果纠正、其他结果、尚未审结之和是 "
                                        + sum
                                        + "；请核对"));
            }
        }
    }
}
