package org.gongkai.check;

import java.util.List;
import org.gongkai.content.Document;
import org.gongkai.content.Finding;

/**
 * A document rule that reads what the document's {@link DocumentScan} works out once for several
 * rules (the file's lines, its personal numbers). The checker always hands it the scan; checked
 * without one, it makes its own.
 */
abstract class ScanRule extends DocumentRule {

    ScanRule(String id, String description) {
        super(id, description);
    }

    @Override
    public abstract void check(Document d, Setting setting, DocumentScan scan, List<Finding> out);

    @Override
    public final void check(Document d, Setting setting, List<Finding> out) {
        check(d, setting, new DocumentScan(d), out);
    }
}
