package org.gongkai.search;

/**
 * A bounded index's split of a frequent term's entry: the shard keeps its best postings ({@code d,
 * f, h, n, s}), a sidecar file of the same shard number ({@code data/x/N.json}) what grows with the
 * whole index ({@code m}, {@code td}, {@code th}). search.js reads the sidecar only when the best
 * postings cannot fill a first page that a query's rarer words say exists (a known item), so a
 * first query for common words stays within the budget and the exact answer stays reachable.
 */
final class Sidecar {

    /** Where the sidecars go, under the shards' folder. */
    static final String FOLDER = "x/";

    private Sidecar() {}

    /** An entry as the shard holds it, and what goes to the sidecar (null: nothing). */
    record Split(String kept, String side) {}

    /**
     * Splits an entry as {@link EntryEncoding} writes it (keys d, f, h, m, n, s, td, th in that
     * order; d, f, h hold numbers only, so the first {@code ,"m":} is the key).
     */
    static Split split(String entry) {
        int m = entry.indexOf(",\"m\":");
        if (m < 0) {
            return new Split(entry, null);
        }
        int n = entry.indexOf(",\"n\":", m);
        int td = entry.indexOf(",\"td\":", n);
        int end = td < 0 ? entry.length() - 1 : td;
        String side =
                "{\"m\":"
                        + entry.substring(m + 5, n)
                        + (td < 0 ? "" : entry.substring(td, entry.length() - 1))
                        + "}";
        return new Split(entry.substring(0, m) + entry.substring(n, end) + "}", side);
    }

    /** The sidecar file of shard {@code i}. */
    static String file(int i) {
        return "search/" + StaticIndex.DATA + FOLDER + i + ".json";
    }
}
