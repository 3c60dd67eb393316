package org.gongkai.search;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The index's fields and the ranking constants, in one place: the indexer, the static export, the
 * server-side search and search.js (through the manifest) all read them from here.
 */
public final class SearchSchema {

    private SearchSchema() {}

    /** Stored, not analysed: the document id, the key back into the site model. */
    public static final String ID = "id";

    public static final String TITLE = "title";
    public static final String BODY = "body";

    /** The 文号 as {@link Analysis#docNumber} spells it. */
    public static final String DOC_NUMBER = "doc_number";

    public static final String ISSUER = "issuer";
    public static final String TOPICS = "topics";
    public static final String THEMES = "themes";
    public static final String KEYWORDS = "keywords";

    /**
     * The other names of every synonym group a document mentions (content/synonyms.txt), added at
     * index time.
     */
    public static final String SYNONYMS = "synonyms";

    /** Keyword fields the filters use: one exact value each (topics may repeat). */
    public static final String TYPE = "type";

    public static final String YEAR = "year";
    public static final String VALIDITY = "validity";
    public static final String TOPIC = "topic";

    /** Publication date as epoch day: a LongPoint for ranges and a stored copy. */
    public static final String PUBLISHED = "published";

    /**
     * Analysed fields and their boosts. A 文号 is the most exact thing a resident can type, a title
     * match says more than a body match, and a synonym counts like the word itself (once per title
     * and once per body that mention the group).
     */
    public static final Map<String, Float> BOOSTS;

    static {
        Map<String, Float> b = new LinkedHashMap<>();
        b.put(TITLE, 3.0f);
        b.put(DOC_NUMBER, 5.0f);
        b.put(BODY, 1.0f);
        b.put(ISSUER, 1.0f);
        b.put(TOPICS, 1.0f);
        b.put(THEMES, 1.0f);
        b.put(KEYWORDS, 1.5f);
        b.put(SYNONYMS, 1.0f);
        BOOSTS = Collections.unmodifiableMap(b);
    }

    /** Lucene's BM25 defaults; search.js gets them in the manifest. */
    public static final float K1 = 1.2f;

    public static final float B = 0.75f;

    /**
     * Added once per pair of consecutive query terms that stand side by side in the title (or the
     * 文号), judged on each term's first position there: "耕地地力保护补贴" as a phrase beats its bigrams
     * scattered.
     */
    public static final float PHRASE_BONUS = 3.0f;

    /**
     * Positions in the 文号 are counted after the title's, so the two never look adjacent to each
     * other.
     */
    public static final int DOC_NUMBER_OFFSET = 1000;

    /**
     * Prefix of the filter keys in the static export ("#type=policy"); no analysed term starts with
     * it.
     */
    public static final String FILTER_PREFIX = "#";

    public static String filterKey(String field, String value) {
        return FILTER_PREFIX + field + "=" + value;
    }
}
