package org.gongkai.check;

import java.util.List;
import org.gongkai.content.Details;
import org.gongkai.content.Document;
import org.gongkai.content.Finding;
import org.gongkai.content.SourceRef;
import org.gongkai.content.Table;

/**
 * The shared walk of the three personal-number rules: every line of every file (front matter and body,
 * public or not — an unmasked number must not sit in the repository either) and every cell of every 公示
 * table. Each rule only says which kind it looks for and how to name it.
 */
abstract class PersonalNumberRule extends DocumentRule {

    abstract PersonalData.Kind kind();

    /** 身份证号码, 手机号码, 银行卡号. */
    abstract String noun();

    abstract String advice(PersonalData.Match m);

    @Override
    public void check(Document d, Setting setting, List<Finding> out) {
        List<String> lines = d.body().sourceLines();
        for (int i = 0; i < lines.size(); i++) {
            for (PersonalData.Match m : PersonalData.find(lines.get(i), kind())) {
                out.add(finding(new SourceRef(d.source().file(), i + 1, m.start() + 1), m));
            }
        }
        if (d.details() instanceof Details.Publicity p && p.table().isPresent()) {
            Table t = p.table().get();
            for (Table.Row row : t.rows()) {
                int column = 1;
                for (String cell : row.cells()) {
                    for (PersonalData.Match m : PersonalData.find(cell, kind())) {
                        out.add(finding(new SourceRef(t.file(), row.line(), column + m.start()), m));
                    }
                    column += cell.length() + 1;
                }
            }
        }
    }

    private Finding finding(SourceRef where, PersonalData.Match m) {
        return Finding.error(id(), where, "未遮盖的" + noun() + "“" + m.text() + "”，公开前必须去标识化："
                + advice(m));
    }
}
