package org.gongkai.platform;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gongkai.content.Finding;
import org.gongkai.content.SourceRef;

/**
 * The rules no column can check alone: a 文号 is unique per 发文机关 across the platform, and every
 * column's org_code (统一社会信用代码, the prefix of its 索引号) is its own.
 */
public final class PlatformRules {

    public static final String DOC_NUMBER = "platform-doc-number-duplicate";
    public static final String ORG_CODE = "platform-org-code-duplicate";

    private PlatformRules() {}

    /** A 文号 as one column uses it. */
    private record Use(String column, ColumnFacts.DocNumberUse use) {}

    public static List<Finding> check(List<ColumnFacts> columns) {
        List<Finding> out = new ArrayList<>();
        Map<String, List<Use>> numbers = new LinkedHashMap<>();
        for (ColumnFacts c : columns) {
            for (ColumnFacts.DocNumberUse u : c.docNumbers()) {
                numbers.computeIfAbsent(u.canonical(), k -> new ArrayList<>())
                        .add(new Use(c.id(), u));
            }
        }
        numbers.forEach(
                (n, uses) -> {
                    if (uses.stream().map(Use::column).distinct().count() < 2) {
                        return; // within one column the column's own doc-number-duplicate speaks
                    }
                    for (Use u : uses) {
                        for (Use other : uses) {
                            if (other.column().equals(u.column())) {
                                continue;
                            }
                            SourceRef at = ref(u.use().at());
                            String written = u.use().docNumber();
                            out.add(
                                    other.use().issuer().equals(u.use().issuer())
                                            ? Finding.error(
                                                    DOC_NUMBER,
                                                    at,
                                                    "文号“%s”在栏目“%s”中也用了（%s），同一发文机关的文号在平台上必须唯一：请核对文号"
                                                            .formatted(
                                                                    written,
                                                                    other.column(),
                                                                    other.use().at()))
                                            : Finding.warning(
                                                    DOC_NUMBER,
                                                    at,
                                                    "文号“%s”与栏目“%s”的文件（%s，发文机关 %s）相同：两个机关的发文机关代字重复，请核对代字"
                                                            .formatted(
                                                                    written,
                                                                    other.column(),
                                                                    other.use().at(),
                                                                    other.use().issuer())));
                            break;
                        }
                    }
                });
        Map<String, List<ColumnFacts>> codes = new LinkedHashMap<>();
        for (ColumnFacts c : columns) {
            if (!c.orgCode().isBlank()) {
                codes.computeIfAbsent(c.orgCode().strip(), k -> new ArrayList<>()).add(c);
            }
        }
        codes.forEach(
                (code, cs) -> {
                    if (cs.size() > 1) {
                        for (ColumnFacts c : cs) {
                            String others =
                                    String.join(
                                            "、",
                                            cs.stream()
                                                    .filter(x -> !x.id().equals(c.id()))
                                                    .map(ColumnFacts::id)
                                                    .toList());
                            out.add(
                                    Finding.error(
                                            ORG_CODE,
                                            ref(c.orgCodeAt()),
                                            "org_code“"
                                                    + code
                                                    + "”与栏目 "
                                                    + others
                                                    + " 相同：每个单位的统一社会信用代码各不相同（索引号以它开头），请照单位法人证书核对"));
                        }
                    }
                });
        out.sort(Finding.ORDER);
        return out;
    }

    /** "columns/c001/policies/x.md:3:1" → its SourceRef. */
    static SourceRef ref(String at) {
        int c2 = at.lastIndexOf(':');
        int c1 = at.lastIndexOf(':', c2 - 1);
        return new SourceRef(
                at.substring(0, c1),
                Integer.parseInt(at.substring(c1 + 1, c2)),
                Integer.parseInt(at.substring(c2 + 1)));
    }
}
