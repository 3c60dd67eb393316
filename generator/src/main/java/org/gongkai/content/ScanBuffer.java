package org.gongkai.content;

/**
 * A text's characters copied into an array kept per thread, for scans that read every character of
 * every page or body. In the build's C1-only JVM, {@code String.charAt} costs about three times an
 * array read (the pages of a 10,000-document site: 100 ms against 275 ms for the same link scan),
 * and a substring per line copies what a scan only needs to look at. An array grown past {@link
 * #MAX_KEPT} for one large text is not kept.
 */
public final class ScanBuffer {

    /** Characters; a UTF-8 buffer for the same text is kept up to three times as many bytes. */
    public static final int MAX_KEPT = 1 << 20;

    private static final ThreadLocal<char[]> CHARS =
            ThreadLocal.withInitial(() -> new char[64 * 1024]);

    private ScanBuffer() {}

    /**
     * {@code text}'s characters at [0, text.length()) of an array at least that long, valid until
     * this thread's next call.
     */
    public static char[] of(CharSequence text) {
        int n = text.length();
        char[] c = CHARS.get();
        if (c.length < n) {
            c = new char[Math.max(n, Math.min(MAX_KEPT, c.length * 2))];
            if (c.length <= MAX_KEPT) {
                CHARS.set(c);
            }
        }
        copy(text, c);
        return c;
    }

    /**
     * {@code text}'s characters into {@code into}, at least as long: in bulk for a String or a
     * StringBuilder (the pages and bodies), one by one for any other.
     */
    public static void copy(CharSequence text, char[] into) {
        int n = text.length();
        if (text instanceof String s) {
            s.getChars(0, n, into, 0);
        } else if (text instanceof StringBuilder sb) {
            sb.getChars(0, n, into, 0);
        } else {
            for (int i = 0; i < n; i++) {
                into[i] = text.charAt(i);
            }
        }
    }
}
