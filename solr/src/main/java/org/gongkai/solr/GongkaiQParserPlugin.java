package org.gongkai.solr;

import java.util.List;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.solr.common.params.SolrParams;
import org.apache.solr.request.SolrQueryRequest;
import org.apache.solr.search.QParser;
import org.apache.solr.search.QParserPlugin;
import org.gongkai.search.SearchQuery;

/**
 * {@code defType=gongkai}: {@code q} read as search.js and {@code SearchService} read it ({@link
 * SearchQuery}: all terms required, alternatives split on OR / 或 / |, cut after its first terms). A
 * document's score is its best alternative's, as in {@code SearchService}: a disjunction-max with
 * no tie-breaker. The public /select fixes this parser in its invariants, so no Solr query syntax
 * (local params, joins, functions) reaches the engine.
 */
public final class GongkaiQParserPlugin extends QParserPlugin {

    public static final String NAME = "gongkai";

    @Override
    public QParser createParser(
            String qstr, SolrParams localParams, SolrParams params, SolrQueryRequest req) {
        return new QParser(qstr, localParams, params, req) {
            @Override
            public Query parse() {
                SearchQuery q = SearchQuery.parse(qstr);
                if (q.isEmpty()) {
                    return new MatchNoDocsQuery();
                }
                List<Query> alternatives =
                        q.alternatives().stream()
                                .<Query>map(a -> new AlternativeQuery(a.sequence()))
                                .toList();
                return alternatives.size() == 1
                        ? alternatives.get(0)
                        : new DisjunctionMaxQuery(alternatives, 0f);
            }
        };
    }
}
