package org.gongkai.importer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The body as blocks, with heading levels from numbering: within each part (the main text, then
 * each attached document under its own ## title), the kinds used as headings take consecutive
 * levels in GB/T order, so a document using only （一） headings gets ## for them and no level is ever
 * skipped.
 */
final class HeadingLevels {

    private HeadingLevels() {}

    static List<OfficialDocument.BodyBlock> structure(
            List<LayoutItem> body, RecognitionNotes notes) {
        List<OfficialDocument.BodyBlock> out = new ArrayList<>();
        List<LayoutItem> headings = new ArrayList<>();
        int partStart = 0;
        while (partStart < body.size()) {
            int partEnd = partStart + 1;
            while (partEnd < body.size() && !partTitle(body, partEnd)) {
                partEnd++;
            }
            boolean titled = partTitle(body, partStart);
            int base = titled ? 3 : 2;
            TreeSet<Numbering> kinds = new TreeSet<>();
            for (LayoutItem it : body.subList(partStart, partEnd)) {
                if (HeadingShape.numbered(it)) {
                    kinds.add(Numbering.of(it.plain).orElseThrow());
                }
            }
            List<Numbering> ranks = new ArrayList<>(kinds);
            for (int k = partStart; k < partEnd; k++) {
                LayoutItem it = body.get(k);
                if (k == partStart && titled) {
                    out.add(new OfficialDocument.BodyBlock.Heading(2, it.plain));
                    headings.add(it);
                    if (it.layout().headingStyle() || it.layout().centred()) {
                        notes.repairs.add(it.origin + "“" + it.plain + "”作为所附文件的标题（##）");
                    }
                } else if (HeadingShape.numbered(it)) {
                    int level =
                            Math.min(6, base + ranks.indexOf(Numbering.of(it.plain).orElseThrow()));
                    out.add(new OfficialDocument.BodyBlock.Heading(level, it.plain));
                    headings.add(it);
                } else if (it.block instanceof SourceBlock.Table t) {
                    out.add(new OfficialDocument.BodyBlock.Table(cells(t)));
                } else {
                    out.add(
                            new OfficialDocument.BodyBlock.Paragraph(
                                    it.text, it.layout().tabular()));
                }
            }
            partStart = partEnd;
        }
        duplicateHeadings(headings, notes);
        return out;
    }

    private static List<List<String>> cells(SourceBlock.Table t) {
        return t.rows().stream()
                .map(r -> r.stream().map(ChineseText::removeStraySpaces).toList())
                .toList();
    }

    /** An unnumbered heading that is not the caption of the table right under it. */
    private static boolean partTitle(List<LayoutItem> body, int k) {
        return HeadingShape.unnumbered(body.get(k))
                && !(k + 1 < body.size() && body.get(k + 1).block instanceof SourceBlock.Table);
    }

    /**
     * Two headings with the same words apart from their numbers (四、X and 五、X) are not something a
     * conversion does: the original has it, or someone pasted twice. Only the editor can say which
     * words were meant, so the import says where and changes nothing.
     */
    private static void duplicateHeadings(List<LayoutItem> headings, RecognitionNotes notes) {
        Map<String, LayoutItem> seen = new HashMap<>();
        for (LayoutItem h : headings) {
            String words = Numbering.withoutNumber(h.plain).replaceAll("\\s+", "");
            LayoutItem first = seen.putIfAbsent(words, h);
            if (first != null) {
                notes.doubts.add(
                        h.origin
                                + "的标题“"
                                + h.plain
                                + "”与"
                                + first.origin
                                + "的“"
                                + first.plain
                                + "”除序号外文字相同，原件可能有误；请对照原件改正标题");
            }
        }
    }
}
