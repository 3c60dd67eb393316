package org.gongkai.check;

import java.util.List;
import java.util.function.Function;
import org.gongkai.content.Document;
import org.gongkai.content.Finding;

/**
 * The three personal-number rules: each only says which kind it looks for, how to name it and what
 * to write instead; the walk of the document is {@link DocumentScan}'s, shared by the three.
 */
abstract class PersonalNumberRule extends ScanRule {

    private final PersonalData.Kind kind;
    private final String noun;
    private final Function<PersonalData.Match, String> advice;

    /**
     * @param noun 身份证号码, 手机号码, 银行卡号
     * @param advice what to write instead of the number found
     */
    PersonalNumberRule(
            String id,
            String description,
            PersonalData.Kind kind,
            String noun,
            Function<PersonalData.Match, String> advice) {
        super(id, description);
        this.kind = kind;
        this.noun = noun;
        this.advice = advice;
    }

    /** Takes its kind from the walk the scan makes once for all three rules. */
    @Override
    public void check(Document d, Setting setting, DocumentScan scan, List<Finding> out) {
        for (DocumentScan.Found f : scan.personalNumbers(kind)) {
            PersonalData.Match m = f.match();
            out.add(
                    error(
                            f.where(),
                            "未遮盖的" + noun + "“" + m.text() + "”，公开前必须去标识化：" + advice.apply(m)));
        }
    }
}
