package org.gongkai.publish;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.gongkai.content.ScanBuffer;

/**
 * The working space one writing thread turns pages into bytes with: a page's characters, for the
 * link scan, and its UTF-8, for the file. Made by whoever hands pages to an {@link OutputTree} from
 * several threads (the renderer makes one per rendering thread) and passed with every page, so no
 * state hides between the stages; used by one thread at a time, grown once to the largest page.
 *
 * <p>Why arrays at all: in the build's C1-only JVM {@code String.charAt} costs about three times an
 * array read (the link scan of a 10,000-document site: 100 ms against 275 ms), and a page went
 * String → {@code getBytes} before, which allocates three bytes a character and then copies the
 * result to size (with the renderer's {@code toString}, 430 MB of the 3.7 GB a 10,000-document
 * build allocated).
 */
public final class PageBuffer {

    /** Characters past which a buffer grown for one large page is not kept for the next. */
    private static final int MAX_KEPT = 1 << 20;

    private final CharsetEncoder encoder =
            StandardCharsets.UTF_8
                    .newEncoder()
                    .onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE);
    private char[] chars;
    private byte[] bytes;
    private int length;
    private int byteLength;

    /** Room for pages of the usual size, grown on demand. */
    public PageBuffer() {
        this(64 * 1024);
    }

    private PageBuffer(int chars) {
        this.chars = new char[chars];
        this.bytes = new byte[3 * chars];
    }

    /** A buffer for one text written once (a sitemap, a feed): sized to it, not kept. */
    static PageBuffer forOne(CharSequence text) {
        return new PageBuffer(text.length());
    }

    /**
     * Takes {@code text}'s characters (read before this returns: the text may be a renderer's
     * buffer) and encodes them. Malformed text (a lone surrogate) becomes "?", as {@code
     * String.getBytes} has it.
     */
    void fill(CharSequence text) {
        int n = text.length();
        if (chars.length < n) {
            chars = new char[n];
            bytes = new byte[3 * n]; // three bytes a UTF-16 unit always suffice
        }
        ScanBuffer.copy(text, chars);
        length = n;
        ByteBuffer out = ByteBuffer.wrap(bytes);
        encoder.reset();
        CoderResult r = encoder.encode(CharBuffer.wrap(chars, 0, n), out, true);
        if (r.isUnderflow()) {
            r = encoder.flush(out);
        }
        if (!r.isUnderflow()) {
            throw new IllegalStateException(r.toString());
        }
        byteLength = out.position();
    }

    /** After a page larger than is worth keeping room for: back to the usual size. */
    void shrink() {
        if (chars.length > MAX_KEPT) {
            chars = new char[64 * 1024];
            bytes = new byte[3 * chars.length];
        }
    }

    /** The text's characters, at [0, {@link #length()}). */
    char[] chars() {
        return chars;
    }

    int length() {
        return length;
    }

    /** Its UTF-8, at [0, {@link #byteLength()}). */
    byte[] bytes() {
        return bytes;
    }

    int byteLength() {
        return byteLength;
    }
}
