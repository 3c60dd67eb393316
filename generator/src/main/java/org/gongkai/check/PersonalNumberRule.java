package org.gongkai.check;

import java.util.List;
import org.gongkai.content.Document;
import org.gongkai.content.Finding;
import org.gongkai.content.SourceRef;

/**
 * The three personal-number rules: each only says which kind it looks for and how to name it; the
 * walk of the document is {@link DocumentScan}'s, shared by the three.
 */
abstract class PersonalNumberRule extends DocumentRule {

    PersonalNumberRule(String id, String description) {
        super(id, description);
    }

    abstract PersonalData.Kind kind();

    /** 身份证号码, 手机号码, 银行卡号. */
    abstract String noun();

    abstract String advice(PersonalData.Match m);

    @Override
    @SuppressWarnings(
            "ReferenceEquality") // the scan kept is of this very document object, not of an equal
    // one
    public void check(Document d, Setting setting, List<Finding> out) {
        check(d, setting, new DocumentScan(d), out);
    }

    /** Takes its kind from the walk the scan makes once for all three rules. */
    @Override
    public void check(Document d, Setting setting, DocumentScan scan, List<Finding> out) {
        for (DocumentScan.Found f : scan.personalNumbers(kind())) {
            out.add(finding(f.where(), f.match()));
        }
    }

    private Finding finding(SourceRef where, PersonalData.Match m) {
        return Finding.error(
                id(), where, "未遮盖的" + noun() + "“" + m.text() + "”，公开前必须去标识化：" + advice(m));
    }
}
