package org.gongkai.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.BytesRef;

/**
 * The phrase bonus's pairs ({@link SearchQuery#adjacentPairs}) for the documents of one segment,
 * asked in increasing document order as a scorer visits them. Each term is looked up once per field
 * and its positions enum only moves forward: a term lookup and a skip-list descent per term, field
 * and scored document made a common query at 200,000 documents take over a minute (issue 25). Not
 * thread-safe: one per scorer.
 */
public final class HeadPositions {

    private static final List<String> FIELDS = List.of(SearchSchema.TITLE, SearchSchema.DOC_NUMBER);

    private final List<String> sequence;
    private final List<String> distinct;

    /** [term][field]: null where the field does not hold the term in this segment. */
    private final PostingsEnum[][] postings;

    private final int[] heads;
    private int current = -1;

    public HeadPositions(LeafReader leaf, List<String> sequence) throws IOException {
        this.sequence = List.copyOf(sequence);
        this.distinct = new ArrayList<>(new LinkedHashSet<>(sequence));
        this.postings = new PostingsEnum[distinct.size()][FIELDS.size()];
        this.heads = new int[distinct.size()];
        for (int f = 0; f < FIELDS.size(); f++) {
            Terms terms = leaf.terms(FIELDS.get(f));
            if (terms == null) {
                continue;
            }
            TermsEnum te = terms.iterator();
            for (int t = 0; t < distinct.size(); t++) {
                if (te.seekExact(new BytesRef(distinct.get(t)))) {
                    postings[t][f] = te.postings(null, PostingsEnum.POSITIONS);
                }
            }
        }
    }

    /**
     * Adjacent pairs of the query's terms in document {@code doc}'s title or 文号.
     *
     * @throws IllegalArgumentException when {@code doc} is before the last document asked
     */
    public int pairs(int doc) throws IOException {
        if (doc != current) {
            if (doc < current) {
                throw new IllegalArgumentException(
                        "documents out of order: " + doc + " < " + current);
            }
            for (int t = 0; t < distinct.size(); t++) {
                heads[t] = head(postings[t], doc);
            }
            current = doc;
        }
        return SearchQuery.adjacentPairs(sequence, term -> heads[distinct.indexOf(term)]);
    }

    /**
     * The term's first position in the title, else in the 文号 after an offset, plus one; 0 when
     * absent.
     */
    private static int head(PostingsEnum[] fields, int doc) throws IOException {
        for (int f = 0; f < fields.length; f++) {
            PostingsEnum pe = fields[f];
            if (pe == null) {
                continue;
            }
            int at = pe.docID();
            if (at < doc) {
                at = pe.advance(doc);
            }
            if (at == doc && at != DocIdSetIterator.NO_MORE_DOCS) {
                int offset = f == 1 ? SearchSchema.DOC_NUMBER_OFFSET : 0;
                return pe.nextPosition() + offset + 1;
            }
        }
        return 0;
    }
}
