package org.gongkai.search;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * 64-bit fingerprints of what a search file is made from, so an incremental export can tell which
 * files it may keep. Not for security: a collision would keep a stale shard, and at 2^-64 per
 * comparison that is a risk well below a disk error's.
 */
final class Fingerprint {

    private Fingerprint() {}

    /**
     * Folds {@code value} into {@code h}: order matters, one multiply-xorshift round (SplitMix64's
     * finaliser).
     */
    static long mix(long h, long value) {
        long z = (h ^ value) + 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    static long of(byte[] bytes) {
        long h = bytes.length;
        int i = 0;
        for (; i + 8 <= bytes.length; i += 8) {
            h = mix(h, (long) LONGS.get(bytes, i));
        }
        long tail = 0;
        for (; i < bytes.length; i++) {
            tail = (tail << 8) | (bytes[i] & 0xFF);
        }
        return mix(h, tail);
    }

    private static final VarHandle LONGS =
            MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    static String hex(long h) {
        return String.format("%016x", h).substring(0, 12);
    }
}
