package org.gongkai.search;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeMap;

/**
 * How the entries are split into shard files: {@code count} shards chosen by a 32-bit FNV-1a hash
 * of the key, and {@code layout}, the fingerprint of everything besides a term's postings that its
 * entry depends on (the format, the constants, the shard count and the reference lengths): when any
 * of them changes, every shard is made again.
 */
record ShardPlan(int count, long layout) {

    /**
     * Aim for shards of about this many bytes before gzip: a query fetches a whole shard for each
     * of its terms, the other terms in it included, so this is roughly what a term costs beyond its
     * own entry.
     */
    static final int SHARD_TARGET = 4096;

    private static final JsonStringEncoder ESCAPE = JsonStringEncoder.getInstance();

    /** The plan for shards of about {@link #SHARD_TARGET} out of {@code bytes} expected. */
    static ShardPlan of(long bytes, StableBM25 sim, EntryEncoding.Mode mode) {
        int shards = shardCount(bytes);
        String all =
                "2|"
                        + shards
                        + "|"
                        + (mode.bounded() ? "bounded " : "")
                        + mode.keep()
                        + "|"
                        + EntryEncoding.SCALE
                        + "|"
                        + SearchSchema.BOOSTS
                        + "|"
                        + SearchSchema.K1
                        + "|"
                        + SearchSchema.B
                        + "|"
                        + SearchSchema.DOC_NUMBER_OFFSET
                        + "|"
                        + new TreeMap<>(sim.referenceLengths());
        return new ShardPlan(shards, Fingerprint.of(all.getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * The shards' expected size, from what the term dictionaries tell without reading a posting:
     * the shard count must be known before the entries are made, and be the same in a build that
     * makes only some of them.
     */
    static long expectedBytes(
            Vocabulary vocabulary,
            List<ShardEntry> filters,
            int documents,
            EntryEncoding.Mode mode) {
        long total = 0;
        for (Vocabulary.Term v : vocabulary.terms()) {
            long postings = v.postings();
            total +=
                    16
                            + v.bytes().length
                            + 8 * Math.min(postings, mode.keep())
                            + (postings > mode.keep() && !mode.bounded()
                                    ? Math.min(3 * postings, documents / 6 + 4)
                                    : 0);
        }
        for (ShardEntry e : filters) {
            total += e.json().length() + e.key().length() * 3L + 6;
        }
        return total;
    }

    /**
     * About {@code bytes} / {@link #SHARD_TARGET} shards, rounded to the nearest power of two (in
     * ratio): a count that follows the index's size would move every term to another shard whenever
     * a document is added; this one changes only when the index has grown or shrunk by about half.
     */
    static int shardCount(long bytes) {
        double wanted = Math.max(1, bytes / (double) SHARD_TARGET);
        return (int)
                Math.min(1 << 16, Math.pow(2, (double) Math.round(Math.log(wanted) / Math.log(2))));
    }

    /** FNV-1a over the term's UTF-16 units; search.js computes the same with Math.imul. */
    static int shard(String term, int shards) {
        int h = 0x811c9dc5;
        for (int i = 0; i < term.length(); i++) {
            h ^= term.charAt(i);
            h *= 0x01000193;
        }
        return Integer.remainderUnsigned(h, shards);
    }

    /** The file of shard {@code i}. */
    static String file(int i) {
        return "search/" + StaticIndex.DATA + i + ".json";
    }

    /** The entries of each shard, in key order. */
    List<List<ShardEntry>> split(List<ShardEntry> entries) {
        List<List<ShardEntry>> byShard = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            byShard.add(new ArrayList<>());
        }
        for (ShardEntry e : entries) {
            byShard.get(shard(e.key(), count)).add(e);
        }
        for (List<ShardEntry> s : byShard) {
            s.sort(Comparator.comparing(ShardEntry::key));
        }
        return byShard;
    }

    /** A shard is made from its entries' keys and fingerprints, in key order, under the layout. */
    long fingerprint(List<ShardEntry> sorted) {
        long h = layout;
        for (ShardEntry e : sorted) {
            h =
                    Fingerprint.mix(
                            Fingerprint.mix(
                                    h, Fingerprint.of(e.key().getBytes(StandardCharsets.UTF_8))),
                            e.fingerprint());
        }
        return h;
    }

    /**
     * A shard as Jackson writes a sorted map of raw values: {"key":entry,…}, keys in String order.
     */
    static byte[] json(List<ShardEntry> sorted) {
        StringBuilder sb =
                new StringBuilder(
                        16
                                + sorted.stream()
                                        .mapToInt(e -> e.json().length() + e.key().length() + 4)
                                        .sum());
        sb.append('{');
        for (ShardEntry e : sorted) {
            if (sb.length() > 1) {
                sb.append(',');
            }
            sb.append('"').append(ESCAPE.quoteAsString(e.key())).append("\":").append(e.json());
        }
        return sb.append('}').toString().getBytes(StandardCharsets.UTF_8);
    }
}
