package org.gongkai.solr;

import java.util.List;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.solr.common.params.SolrParams;
import org.apache.solr.request.SolrQueryRequest;
import org.apache.solr.search.QParser;
import org.apache.solr.search.QParserPlugin;
import org.gongkai.search.SearchSchema;

/**
 * {@code {!gongkaiFilter}}: the search page's filters as plain request parameters — {@code column},
 * {@code type}, {@code year}, {@code validity}, {@code topic}, each one exact value — turned into
 * term filters. The public /select fixes {@code fq} to this parser in its invariants, so a caller
 * filters by these values and nothing else.
 */
public final class FilterQParserPlugin extends QParserPlugin {

    public static final String NAME = "gongkaiFilter";

    /** The column a document belongs to within a platform's collection. */
    public static final String COLUMN = "column";

    static final List<String> FILTERS =
            List.of(
                    COLUMN,
                    SearchSchema.TYPE,
                    SearchSchema.YEAR,
                    SearchSchema.VALIDITY,
                    SearchSchema.TOPIC);

    /**
     * Longer than any column id, type, year, validity or topic name: anything longer is not one.
     */
    static final int MAX_VALUE = 64;

    @Override
    public QParser createParser(
            String qstr, SolrParams localParams, SolrParams params, SolrQueryRequest req) {
        return new QParser(qstr, localParams, params, req) {
            @Override
            public Query parse() {
                BooleanQuery.Builder b = new BooleanQuery.Builder();
                boolean any = false;
                for (String field : FILTERS) {
                    String value = params.get(field, "").strip();
                    if (value.isEmpty()) {
                        continue;
                    }
                    any = true;
                    b.add(
                            value.length() > MAX_VALUE
                                    ? new MatchNoDocsQuery()
                                    : new TermQuery(new Term(field, value)),
                            Occur.FILTER);
                }
                return any ? b.build() : new MatchAllDocsQuery();
            }
        };
    }
}
