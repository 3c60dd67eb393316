package org.gongkai.content;

import java.util.Collection;
import java.util.Optional;
import org.apache.commons.text.similarity.LevenshteinDistance;

/** "Did you mean …?" for keys, topics and stage names that an editor mistyped. */
public final class NearestName {

    private NearestName() {}

    public static Optional<String> of(String word, Collection<String> candidates) {
        LevenshteinDistance distance = LevenshteinDistance.getDefaultInstance();
        String best = null;
        int bestD = Integer.MAX_VALUE;
        for (String c : candidates) {
            int d = distance.apply(word, c);
            if (d < bestD || (d == bestD && best != null && c.compareTo(best) < 0)) {
                bestD = d;
                best = c;
            }
        }
        // Chinese names are short: one wrong character in three is still a typo worth naming
        int limit = Math.max(1, Math.min(3, (word.length() + 1) / 3));
        return best != null && bestD <= limit ? Optional.of(best) : Optional.empty();
    }

    /** "，是否想写“X”？" or "。" — the tail of a finding message. */
    public static String hint(String word, Collection<String> candidates) {
        return of(word, candidates).map(n -> "，是否想写“" + n + "”？").orElse("。");
    }
}
