package org.gongkai.importer;

import java.util.List;

/**
 * One block of text as a reader found it in the file, before any recognition: a paragraph or a
 * table, with where it came from so every recognised field can say so ("第 3 段", "第 2 页第 5 行").
 */
sealed interface SourceBlock {

    String origin();

    /**
     * @param text the paragraph's text; bold runs are wrapped in {@link ChineseText#BOLD_START}/END
     *     marks
     * @param layout what the file's layout says about the paragraph, where the format tells
     */
    record Paragraph(String text, Layout layout, String origin) implements SourceBlock {

        String plain() {
            return ChineseText.withoutMarks(text);
        }

        Paragraph withText(String t) {
            return new Paragraph(t, layout, origin);
        }
    }

    /** Rows of cells, first row the header; cells are plain text with bold marks. */
    record Table(List<List<String>> rows, String origin) implements SourceBlock {
        public Table {
            rows = rows.stream().map(List::copyOf).toList();
        }
    }

    /**
     * Layout hints: centred (titles, attached documents' titles), a heading style in Word, the
     * whole paragraph in bold. None of them is trusted alone: Word styles in particular are often
     * wrong. {@code tabular}: a line of a table whose columns could not be rebuilt (or its
     * caption); it is kept as it stands, never a heading and never joined to its neighbours.
     */
    record Layout(boolean centred, boolean headingStyle, boolean allBold, boolean tabular) {
        static final Layout PLAIN = new Layout(false, false, false, false);

        Layout(boolean centred, boolean headingStyle, boolean allBold) {
            this(centred, headingStyle, allBold, false);
        }
    }
}
