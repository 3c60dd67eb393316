package org.gongkai.content;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.CharBuffer;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** A scan buffer is one thread's array, reused from text to text, grown but never kept huge. */
class ScanBufferTest {

    @Test
    void aBufferReusesItsArrayGrowsItForALongerTextAndKeepsNoneGrownPastTheBound() {
        ScanBuffer buffer = new ScanBuffer(4);
        char[] first = buffer.of("一二三");
        assertArrayEquals("一二三".toCharArray(), Arrays.copyOf(first, 3));
        assertSame(first, buffer.of(CharBuffer.wrap("四五")), "a text that fits reuses the array");
        assertArrayEquals("四五".toCharArray(), Arrays.copyOf(first, 2));

        char[] grown = buffer.of("abcdefghij");
        assertTrue(grown.length >= 10);
        assertSame(grown, buffer.of("x"), "a grown array is kept for the next text");

        String huge = "字".repeat(ScanBuffer.MAX_KEPT + 1);
        char[] once = buffer.of(huge);
        assertTrue(once.length > ScanBuffer.MAX_KEPT);
        assertNotSame(once, buffer.of("y"), "an array past the bound is not kept");
        assertSame(grown, buffer.of("z"));
    }
}
