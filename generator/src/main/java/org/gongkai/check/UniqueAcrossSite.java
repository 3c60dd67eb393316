package org.gongkai.check;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.gongkai.content.Document;
import org.gongkai.content.Finding;
import org.gongkai.site.SiteModel;

/**
 * A value that names one document across the site (文号, 索引号): the document whose file comes first
 * keeps it, each later one is reported against it. Only documents sharing a value are sorted, not
 * all of them (serve runs this after every save).
 */
abstract class UniqueAcrossSite extends GatheringRule<Optional<String>> {

    UniqueAcrossSite(String id, String description) {
        super(id, description);
    }

    /** The value as compared, if the document has one. */
    abstract Optional<String> key(Document d);

    /** The finding for {@code d}, whose value {@code first} had already. */
    abstract Finding duplicate(Document d, Document first);

    @Override
    final Optional<String> read(Document d) {
        return key(d); // the same string from save to save while the document stays: hashed once
    }

    @Override
    final void check(
            SiteModel model, Function<Document, Optional<String>> keys, List<Finding> out) {
        Map<String, List<Document>> byKey = new HashMap<>();
        for (Document d : model.documents()) {
            keys.apply(d).ifPresent(k -> byKey.computeIfAbsent(k, x -> new ArrayList<>(1)).add(d));
        }
        for (List<Document> same : byKey.values()) {
            if (same.size() > 1) {
                same.sort(Comparator.comparing((Document d) -> d.source().file()));
                for (Document d : same.subList(1, same.size())) {
                    out.add(duplicate(d, same.get(0)));
                }
            }
        }
    }
}
