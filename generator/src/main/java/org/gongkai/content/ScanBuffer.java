package org.gongkai.content;

/**
 * An array a text's characters are copied into, for scans that read every character of every page
 * or body. In the build's C1-only JVM, {@code String.charAt} costs about three times an array read
 * (the pages of a 10,000-document site: 100 ms against 275 ms for the same link scan), and a
 * substring per line copies what a scan only needs to look at. One buffer serves one thread at a
 * time (the checker hands each of its threads one, through the document's scan); an array grown
 * past {@link #MAX_KEPT} for one large text is not kept.
 */
public final class ScanBuffer {

    /** Characters; a UTF-8 buffer for the same text is kept up to three times as many bytes. */
    public static final int MAX_KEPT = 1 << 20;

    private char[] chars;

    /** A buffer of {@code 64 K} characters, room for nearly every page and body. */
    public ScanBuffer() {
        this(64 * 1024);
    }

    /** A buffer of {@code chars} characters to start with, grown when a text needs more. */
    public ScanBuffer(int chars) {
        this.chars = new char[chars];
    }

    /**
     * {@code text}'s characters at [0, text.length()) of an array at least that long, valid until
     * the next call.
     */
    public char[] of(CharSequence text) {
        int n = text.length();
        char[] c = chars;
        if (c.length < n) {
            c = new char[Math.max(n, Math.min(MAX_KEPT, c.length * 2))];
            if (c.length <= MAX_KEPT) {
                chars = c;
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
