package org.gongkai.content;

/**
 * Where something stands in the content tree: a path relative to the content folder, 1-based line
 * and column.
 */
public record SourceRef(String file, int line, int column) {

    public static SourceRef file(String file) {
        return new SourceRef(file, 1, 1);
    }

    public SourceRef atLine(int newLine) {
        return new SourceRef(file, newLine, 1);
    }

    @Override
    public String toString() {
        return file + ":" + line + ":" + column;
    }
}
