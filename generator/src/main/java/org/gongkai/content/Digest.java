package org.gongkai.content;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The generator's one fingerprint, for everything that must tell changed input from unchanged: page
 * views ({@code render.ViewDigest}), content-hashed asset names, the generator's identity, a
 * platform column's inputs, a part build's label and what a Solr push compares to skip an unchanged
 * entry ({@code publish.SolrPush}).
 *
 * <p>MD5: a fingerprint here tells an edited input from the last one, it does not stand against a
 * forger (whoever can change the content changes the site anyway), and under C1, which builds run
 * with, SHA-256 hashed 150 MB/s and MD5 400 MB/s. Two other hashes are not choices and stay where
 * they are: the static search's shard hash is FNV-1a because search.js must compute it in a few
 * lines ({@code search.ShardPlan.shard}), and a {@code .gz} ends in the CRC-32 the gzip format
 * prescribes ({@code publish.Precompressed}).
 */
public final class Digest {

    private Digest() {}

    /** A digest to feed in parts; {@code digest()} gives its 16 bytes. */
    public static MessageDigest start() {
        try {
            return MessageDigest.getInstance("MD5");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has MD5", e);
        }
    }

    /** The fingerprint of {@code bytes} in lower-case hex, 32 characters. */
    public static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(start().digest(bytes));
    }
}
