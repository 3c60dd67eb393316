package org.gongkai.importer;

import java.util.List;

/**
 * Everything a reader took from one .docx or PDF file, in reading order.
 *
 * @param file the file's name, for messages
 * @param format "Word 文档" or "PDF"
 * @param blocks paragraphs and tables
 * @param dropped what the reader left out on purpose (page numbers, running headers), in Chinese,
 *     for the report
 * @param doubts what the reader could not bring over faithfully (a PDF table), in Chinese, for the
 *     editor
 * @param pictures the pictures in the text, in order; picture N stands in the text as {@link
 *     Picture#mark(int)}
 */
record SourceText(
        String file,
        String format,
        List<SourceBlock> blocks,
        List<String> dropped,
        List<String> doubts,
        List<Picture> pictures) {

    SourceText {
        blocks = List.copyOf(blocks);
        dropped = List.copyOf(dropped);
        doubts = List.copyOf(doubts);
        pictures = List.copyOf(pictures);
    }

    SourceText(
            String file,
            String format,
            List<SourceBlock> blocks,
            List<String> dropped,
            List<String> doubts) {
        this(file, format, blocks, dropped, doubts, List.of());
    }
}
