package org.gongkai.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What a resident typed, as the index understands it: one or more alternatives (split on OR, 或 or |),
 * each a sequence of terms that are all required. search.js parses the same way.
 */
public record SearchQuery(List<Alternative> alternatives) {

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
        String s = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        List<Alternative> out = new ArrayList<>();
        for (String part : OR.split(s)) {
            List<String> terms = Analysis.terms(part);
            if (!terms.isEmpty()) {
                out.add(new Alternative(part.strip(), terms));
            }
        }
        return new SearchQuery(out);
    }

    public boolean isEmpty() {
        return alternatives.isEmpty();
    }

    /** Pairs of consecutive query terms found side by side in the title or 文号, judged by first positions. */
    static int adjacentPairs(List<String> sequence, java.util.function.ToIntFunction<String> headPosition) {
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
