package org.gongkai.content;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.RandomAccess;

/**
 * The lines of a file as written, kept as the file's text and where each line starts: a line is cut
 * out only when a check asks for it. Holding every line as its own string doubled what a loaded
 * document kept (60 lines a file, two objects a line), and every young collection during loading
 * copied it.
 */
final class SourceLines extends AbstractList<String> implements RandomAccess {

    private final String text;

    /** Where each line starts in {@code text}, and one past the end of the last. */
    private final int[] starts;

    /** The lines as {@code text.split("\n", -1)} gives them. */
    SourceLines(String text) {
        this.text = text;
        int[] at = new int[16];
        int n = 0;
        at[n++] = 0;
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
            if (n == at.length) {
                at = Arrays.copyOf(at, n * 2);
            }
            at[n++] = i + 1;
        }
        if (n == at.length) {
            at = Arrays.copyOf(at, n + 1);
        }
        at[n++] = text.length() + 1;
        this.starts = Arrays.copyOf(at, n);
    }

    @Override
    public String get(int index) {
        if (index < 0 || index >= size()) {
            throw new IndexOutOfBoundsException(index);
        }
        return text.substring(starts[index], starts[index + 1] - 1);
    }

    @Override
    public int size() {
        return starts.length - 1;
    }
}
