package org.gongkai.search;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import org.gongkai.content.Document;
import org.gongkai.render.SitePaths;
import org.gongkai.site.SiteModel;

/**
 * {@code search/data/m/N.json}: title, url, 文号, date, type, 有效性 and a short summary of {@link
 * #CHUNK} consecutive documents, fetched only for results shown.
 */
final class ResultMetadata {

    /**
     * Documents per metadata file. One each is the least a result list can fetch, but it was 9,600
     * files (and as many .gz) at 10,000 documents; four each cost a shown result about 0.15 KB more
     * on average (neighbouring doc ids often show together) and a quarter of the files.
     */
    static final int CHUNK = 4;

    private ResultMetadata() {}

    /** How many files hold {@code documents}. */
    static int files(int documents) {
        return (documents + CHUNK - 1) / CHUNK;
    }

    static String file(int chunk) {
        return "search/" + StaticIndex.DATA + "m/" + chunk + ".json";
    }

    /** File {@code chunk} of an index of {@code documents}, each described by {@code meta}. */
    static byte[] json(int chunk, int documents, IntFunction<Map<String, Object>> meta) {
        List<Object> list = new ArrayList<>();
        for (int doc = chunk * CHUNK; doc < Math.min(documents, (chunk + 1) * CHUNK); doc++) {
            list.add(meta.apply(doc));
        }
        try {
            return EntryEncoding.JSON.writeValueAsBytes(list);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * What a result shows (search.js item()): the same for the static export and the publish
     * manifest.
     */
    static Map<String, Object> of(SiteModel model, Document d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", d.id());
        m.put("t", d.title());
        m.put("u", SitePaths.document(d));
        d.policy().flatMap(p -> p.docNumber()).ifPresent(x -> m.put("n", x.written()));
        d.published().ifPresent(p -> m.put("d", p.toString()));
        m.put("y", d.type().label());
        model.validityOf(d.id())
                .ifPresent(
                        v -> {
                            m.put("v", v.label());
                            m.put("vs", v.slug());
                        });
        String summary = d.summaryText();
        m.put("s", summary.length() > 80 ? summary.substring(0, 79) + "…" : summary);
        return m;
    }
}
