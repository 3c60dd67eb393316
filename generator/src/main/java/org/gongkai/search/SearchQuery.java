package org.gongkai.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.ToIntFunction;
import java.util.regex.Pattern;

/**
 * What a resident typed, as the index understands it: one or more alternatives (split on OR, 或 or
 * |), each a sequence of terms that are all required. search.js parses the same way.
 *
 * <p>A query keeps its first {@link #MAX_TERMS} distinct terms, and at most twice as many terms in
 * all (repeats add no requirement but cost a phrase check each); the rest is left out and {@code
 * cut} says so. A pasted paragraph of 440 characters is 440 terms, and every term is one clause per
 * searched field: uncut, Lucene refused the query (maxClauseCount) and the preview dropped the
 * connection.
 *
 * @param cut whether terms were left out, so the caller tells the resident ({@link #CUT_NOTE})
 */
public record SearchQuery(List<Alternative> alternatives, boolean cut) {

    /**
     * Distinct terms a query keeps: a sentence's worth of Chinese (33 characters give 32 bigrams).
     */
    public static final int MAX_TERMS = 32;

    /** What the resident is told when terms were left out (search.js says the same). */
    public static final String CUT_NOTE = "检索词太长，只按前 " + MAX_TERMS + " 个词查找；请只写最关键的几个词。";

    public SearchQuery {
        alternatives = List.copyOf(alternatives);
    }

    /** Terms in query order (for adjacency) and the distinct ones (each required once). */
    public record Alternative(String text, List<String> sequence) {
        public Alternative {
            sequence = List.copyOf(sequence);
        }

        public List<String> required() {
            return List.copyOf(new LinkedHashSet<>(sequence));
        }
    }

    private static final Pattern OR = Pattern.compile("\\s+or\\s+|\\||\\s+或\\s+");

    public static SearchQuery parse(String text) {
        String s =
                Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFKC)
                        .toLowerCase(Locale.ROOT);
        List<Alternative> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        int total = 0;
        boolean cut = false;
        for (String part : OR.split(s)) {
            List<String> kept = new ArrayList<>();
            for (String term : Analysis.terms(part)) {
                if (cut
                        || total == 2 * MAX_TERMS
                        || (!seen.contains(term) && seen.size() == MAX_TERMS)) {
                    cut = true;
                    break;
                }
                seen.add(term);
                total++;
                kept.add(term);
            }
            if (!kept.isEmpty()) {
                out.add(new Alternative(part.strip(), kept));
            }
        }
        return new SearchQuery(out, cut);
    }

    public boolean isEmpty() {
        return alternatives.isEmpty();
    }

    /**
     * Pairs of consecutive query terms found side by side in the title or 文号, judged by first
     * positions ({@link HeadPositions} reads them from an index).
     */
    public static int adjacentPairs(List<String> sequence, ToIntFunction<String> headPosition) {
        int pairs = 0;
        for (int i = 0; i + 1 < sequence.size(); i++) {
            int a = headPosition.applyAsInt(sequence.get(i));
            int b = headPosition.applyAsInt(sequence.get(i + 1));
            if (a > 0 && b == a + 1) {
                pairs++;
            }
        }
        return pairs;
    }
}
