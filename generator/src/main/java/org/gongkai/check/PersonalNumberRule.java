package org.gongkai.check;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
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
    @SuppressWarnings("ReferenceEquality") // the scan kept is of this very document object, not of an equal one
    public void check(Document d, Setting setting, List<Finding> out) {
        Scan scan = LAST.get();
        if (scan == null || scan.document() != d) {
            scan = Scan.of(d);
            LAST.set(scan);
        }
        for (Found f : scan.found().get(kind())) {
            out.add(finding(f.where(), f.match()));
        }
    }

    /** A personal number and where it stands. */
    private record Found(SourceRef where, PersonalData.Match match) {
    }

    /**
     * One walk of a document for all three kinds. The checker runs a document's rules one after another on one
     * thread, so the first of the three rules scans and the other two take their kind from here (three walks
     * of every line, and a substring per line each, were the most of these rules' time); a miss only means a
     * second walk.
     */
    private record Scan(Document document, Map<PersonalData.Kind, List<Found>> found) {

        static Scan of(Document d) {
            Map<PersonalData.Kind, List<Found>> found = new EnumMap<>(PersonalData.Kind.class);
            for (PersonalData.Kind k : PersonalData.Kind.values()) {
                found.put(k, new ArrayList<>());
            }
            List<String> lines = d.body().sourceLines();
            for (int i = 0; i < lines.size(); i++) {
                int line = i + 1;
                PersonalData.findAll(lines.get(i)).forEach((kind, matches) -> matches.forEach(m ->
                        found.get(kind).add(new Found(new SourceRef(d.source().file(), line, m.start() + 1), m))));
            }
            if (d.details() instanceof Details.Publicity p && p.table().isPresent()) {
                Table t = p.table().get();
                for (Table.Row row : t.rows()) {
                    int column = 1;
                    for (String cell : row.cells()) {
                        int at = column;
                        PersonalData.findAll(cell).forEach((kind, matches) -> matches.forEach(m ->
                                found.get(kind).add(new Found(new SourceRef(t.file(), row.line(), at + m.start()), m))));
                        column += cell.length() + 1;
                    }
                }
            }
            return new Scan(d, found);
        }
    }

    private static final ThreadLocal<Scan> LAST = new ThreadLocal<>();

    private Finding finding(SourceRef where, PersonalData.Match m) {
        return Finding.error(id(), where, "未遮盖的" + noun() + "“" + m.text() + "”，公开前必须去标识化："
                + advice(m));
    }
}
